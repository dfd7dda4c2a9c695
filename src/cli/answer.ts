// Prints answers to analyst questions: each relation in words, then the sentences that say so, with their articles.
import { hopTitle } from "../ask/titles.ts";

export interface ClaimEvidence {
  text: string;
  article: string;
  title?: string | null;
  published?: string | null;
  start: number;
  end: number;
}

export interface Hop {
  from: string;
  relation: string;
  to: string;
  issue: string;
  weight: number;
  confidence: number;
  claims: ClaimEvidence[];
}

/** One relation with its evidence, indented under a heading line. */
export function formatHop(names: Map<string, string>, hop: Hop): string {
  const name = (id: string) => names.get(id) ?? id;
  const articles = new Set(hop.claims.map((c) => c.article)).size;
  const head = `${hopTitle(hop, name)}  (confidence ${hop.confidence.toFixed(2)}, ${hop.weight} claim${hop.weight === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"})`;
  return [head, ...hop.claims.map(formatEvidence)].join("\n");
}

export function formatEvidence(claim: ClaimEvidence): string {
  const where = [claim.article, claim.published].filter(Boolean).join(", ");
  return `    “${claim.text}”\n      — ${where} [${claim.start}–${claim.end}]`;
}
