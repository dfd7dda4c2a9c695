// Question producers: (args) => (state) => new state.
// The area's public face: producers, types, defaults and the empty state.
import type { Question, QuestionState } from "./types.ts";

export const ask = (question: Question) => (_: QuestionState): QuestionState => ({ current: question });
export const clearQuestion = () => (_: QuestionState): QuestionState => ({ current: null });

export type { ConstrainsQuestion, PathQuestion, PositionsQuestion, Question, QuestionKind, QuestionState } from "./types.ts";
export { DEFAULT_HOPS, MAX_HOPS, QUESTION_KINDS, emptyQuestion, questionKey } from "./utils.ts";
