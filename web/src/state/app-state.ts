// The explorer's whole state: one object made of the areas (selection, filters, question, exploration, appearance).
// Area producers are lifted onto it with `inArea`, so every change is a pure (state) => state function.
import { emptyAppearance, type AppearanceState } from "./appearance/index.ts";
import { emptyExploration, type ExplorationState } from "./exploration/index.ts";
import { emptyFilters, type FiltersState } from "./filters/index.ts";
import { emptyQuestion, type QuestionState } from "./question/index.ts";
import { emptySelection, type SelectionState } from "./selection/index.ts";

export interface AppState {
  selection: SelectionState;
  filters: FiltersState;
  question: QuestionState;
  exploration: ExplorationState;
  appearance: AppearanceState;
}

export type Producer<S> = (state: S) => S;

export const emptyAppState = (): AppState => ({
  selection: emptySelection(),
  filters: emptyFilters(),
  question: emptyQuestion(),
  exploration: emptyExploration(),
  appearance: emptyAppearance(),
});

/** Lifts an area producer onto the whole state. */
export function inArea<K extends keyof AppState>(area: K, producer: Producer<AppState[K]>): Producer<AppState> {
  return (state) => {
    const next = producer(state[area]);
    return next === state[area] ? state : { ...state, [area]: next };
  };
}

/** Runs several producers as one change (one undo step). */
export const combine = (...producers: Producer<AppState>[]): Producer<AppState> => (state) => producers.reduce((s, p) => p(s), state);
