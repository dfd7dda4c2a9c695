// The analyst's verbs (select, expand, collapse, hide, ask, filter…) as named changes to the store.
// Each one is a producer (or a combination) applied with a label, so undo can say what it reverts.
import { combine, inArea, type AppState, type Producer } from "./state/app-state.ts";
import * as exploration from "./state/exploration/index.ts";
import * as filters from "./state/filters/index.ts";
import * as question from "./state/question/index.ts";
import * as selection from "./state/selection/index.ts";
import type { Session } from "./session.ts";
import type { Relation } from "../../src/model/vocabulary.ts";

export interface Camera {
  /** Centres the camera on a node once it is drawn. */
  focus(node: string): void;
  fit(): void;
  /** Frames a set of nodes (an answer, a path). */
  fitNodes(nodes: Iterable<string>): void;
  zoom(factor: number): void;
}

export type Actions = ReturnType<typeof createActions>;

export function createActions(session: Session, camera: Camera) {
  const { store } = session;
  const apply = (producer: Producer<AppState>, label: string, options: { coalesce?: string; record?: boolean } = {}) =>
    store.apply(producer, { label, ...options });
  const name = (id: string) => session.nameOf(id);

  return {
    apply,
    selectNode(id: string, options: { centre?: boolean } = {}) {
      const inExplore = store.get().exploration.scope === "explore";
      apply(
        combine(
          inArea("selection", selection.selectNode(id)),
          inArea("exploration", exploration.unhide(id)),
          inExplore ? inArea("exploration", exploration.addSeed(id)) : (s: AppState) => s,
        ),
        `select ${name(id)}`,
      );
      if (options.centre) camera.focus(id);
    },
    selectEdge(key: string) {
      apply(inArea("selection", selection.selectEdge(key)), "select an edge");
    },
    clearSelection() {
      apply(inArea("selection", selection.clearSelection()), "close the panel");
    },
    expand(node: string, relation: Relation | null = null, issue: string | null = null, limit = exploration.DEFAULT_EXPANSION_LIMIT) {
      apply(inArea("exploration", exploration.expand({ node, relation, issue, limit })), `expand ${name(node)}`);
      camera.fit();
    },
    collapse(node: string) {
      apply(inArea("exploration", exploration.collapse(node)), `collapse ${name(node)}`);
      camera.fit();
    },
    hide(node: string) {
      const state = store.get();
      apply(
        combine(
          inArea("exploration", exploration.hide(node)),
          state.selection.node === node ? inArea("selection", selection.clearSelection()) : (s: AppState) => s,
        ),
        `hide ${name(node)}`,
      );
    },
    unhide(node: string) {
      apply(inArea("exploration", exploration.unhide(node)), `show ${name(node)}`);
    },
    unhideAll() {
      apply(inArea("exploration", exploration.unhideAll()), "show hidden nodes");
    },
    addToCanvas(node: string) {
      apply(inArea("exploration", exploration.addSeed(node)), `add ${name(node)}`);
    },
    setScope(scope: exploration.Scope) {
      apply(inArea("exploration", exploration.setScope(scope)), scope === "explore" ? "switch to explore" : "switch to overview");
      camera.fit();
    },
    clearCanvas() {
      apply(combine(inArea("exploration", exploration.clearCanvas()), inArea("selection", selection.clearSelection())), "clear the canvas");
    },
    ask(q: question.Question) {
      apply(inArea("question", question.ask(q)), "ask a question");
    },
    clearQuestion() {
      apply(inArea("question", question.clearQuestion()), "clear the question");
    },
    filter(producer: Producer<filters.FiltersState>, label: string, coalesce?: string) {
      apply(inArea("filters", producer), label, { coalesce });
    },
    undo() {
      store.undo();
    },
  };
}
