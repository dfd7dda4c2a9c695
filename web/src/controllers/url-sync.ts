// Keeps the state in the address bar (replaceState on every change), so copying the URL shares the view.
// Reading it back happens once, at start (state/url.ts decodeState in main.ts).
import { encodeState } from "../state/url.ts";
import type { Store } from "../state/store.ts";

export function bindUrl(store: Store): void {
  const write = () => {
    const search = encodeState(store.get());
    const url = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
  };
  store.subscribe(write);
  write();
}
