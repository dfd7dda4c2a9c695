// The empty question state, the questions' defaults, and a stable key per question (for caching its answer).
// Hop limits match the server's (constrains 1-3, path 1-6).
import { RELATIONS } from "../../../../src/model/vocabulary.ts";
import type { Question, QuestionKind, QuestionState } from "./types.ts";

export const emptyQuestion = (): QuestionState => ({ current: null });

export const QUESTION_KINDS: readonly QuestionKind[] = ["constrains", "positions", "path"] as const;

export const DEFAULT_HOPS = { constrains: 2, path: 4 } as const;
export const MAX_HOPS = { constrains: 3, path: 6 } as const;

export function questionKey(question: Question): string {
  switch (question.kind) {
    case "constrains":
      return ["constrains", question.target, question.issue ?? "", question.hops].join("|");
    case "positions":
      return ["positions", question.issue, question.relations.join(",")].join("|");
    case "path":
      return ["path", question.from, question.to, question.types.join(","), question.issue ?? "", question.hops].join("|");
  }
}

export const allRelations = () => [...RELATIONS];
