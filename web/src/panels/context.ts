// What every panel is given: the session (state, data, view), the actions, the camera, the reader and the layout.
// Panels talk to the rest of the explorer only through this.
import type { Actions, Camera } from "../actions.ts";
import type { LayoutControl } from "../graph/layout.ts";
import type { Renderer } from "../graph/renderer.ts";
import type { Session } from "../session.ts";
import type { OpenArticle } from "./evidence.ts";

export interface PanelContext {
  session: Session;
  actions: Actions;
  camera: Camera;
  renderer: Renderer;
  layout: LayoutControl;
  openArticle: OpenArticle;
}
