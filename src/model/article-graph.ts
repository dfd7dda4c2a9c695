// What one article contributes to the store: the unit of loading, replacing and retracting.
import type { ArticleRef, GraphNode } from "./payload.ts";
import type { Claim } from "./claim.ts";

export interface ArticleRecord extends ArticleRef {
  /** The cleaned text that every evidence offset points into. */
  text: string;
  /** Hash of the cleaned text and the claims drawn from it: re-ingesting an unchanged article is a no-op. */
  hash: string;
  /** Sentence offsets, so a reader can highlight any sentence. */
  sentences: { start: number; end: number }[];
}

export interface ArticleGraph {
  article: ArticleRecord;
  /** Every entity the article mentions or claims about. */
  nodes: GraphNode[];
  /** How often the article mentions each entity. */
  mentions: { entity: string; count: number }[];
  /** Claims with ids unique within the whole graph. */
  claims: (import("./claim.ts").Claim & { id: string })[];
}

export type { Claim };
