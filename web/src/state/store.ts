// The state store: the current AppState, the producers applied to it, and a history of past states for undo.
// Listeners hear (state, previous) after each change; nothing else mutates the state.
import type { AppState, Producer } from "./app-state.ts";

export interface ApplyOptions {
  /** Shown by the undo button ("Undo: hide Syria"). */
  label: string;
  /** Leave no undo step (restoring from the URL, following a link). */
  record?: boolean;
  /** Consecutive changes with the same key within a second make one undo step (dragging a slider). */
  coalesce?: string;
}

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  apply(producer: Producer<AppState>, options: ApplyOptions): void;
  undo(): void;
  /** The label of the change undo would revert, or null. */
  undoLabel(): string | null;
  subscribe(listener: Listener): () => void;
}

const HISTORY_LIMIT = 100;
const COALESCE_MS = 1000;

export function createStore(initial: AppState): Store {
  let state = initial;
  const history: { state: AppState; label: string; key?: string; at: number }[] = [];
  const listeners = new Set<Listener>();

  const emit = (previous: AppState) => {
    for (const listener of [...listeners]) listener(state, previous);
  };

  return {
    get: () => state,
    apply(producer, options) {
      const previous = state;
      const next = producer(state);
      if (next === state) return;
      if (options.record !== false) {
        const last = history[history.length - 1];
        const now = Date.now();
        if (options.coalesce && last && last.key === options.coalesce && now - last.at < COALESCE_MS) last.at = now;
        else history.push({ state: previous, label: options.label, key: options.coalesce, at: now });
        if (history.length > HISTORY_LIMIT) history.shift();
      }
      state = next;
      emit(previous);
    },
    undo() {
      const step = history.pop();
      if (!step) return;
      const previous = state;
      state = step.state;
      emit(previous);
    },
    undoLabel: () => history[history.length - 1]?.label ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
