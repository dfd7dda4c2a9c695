// Question state: the analyst's question in their own terms. Names may be loose ("Trump"); the server resolves them.
// The answer is not state: it is fetched from /api/ask/* for whatever question the state holds.
import type { Relation } from "../../../../src/model/vocabulary.ts";

export interface ConstrainsQuestion {
  kind: "constrains";
  target: string;
  issue: string | null;
  hops: number;
}

export interface PositionsQuestion {
  kind: "positions";
  issue: string;
  /** Relation types asked about; all of them when the list is full. */
  relations: Relation[];
}

export interface PathQuestion {
  kind: "path";
  from: string;
  to: string;
  types: Relation[];
  issue: string | null;
  hops: number;
}

export type Question = ConstrainsQuestion | PositionsQuestion | PathQuestion;
export type QuestionKind = Question["kind"];

export interface QuestionState {
  current: Question | null;
}
