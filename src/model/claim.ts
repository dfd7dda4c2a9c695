// A Claim: one extracted statement of position, with the sentence that says so.
import { z } from "zod";
import { EXTRACTORS, RELATIONS } from "./vocabulary.ts";

export const EvidenceSchema = z.object({
  article: z.string().min(1),
  /** Exactly ArticleDoc.text.slice(start, end). */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ClaimSchema = z.object({
  subject: z.string().min(1),
  relation: z.enum(RELATIONS),
  object: z.string().min(1),
  /** Issue id when the object is an actor; null when the object is itself the issue or none is stated. */
  issue: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: EvidenceSchema,
  extractor: z.enum(EXTRACTORS),
  /** The rule (or model) that produced it, e.g. "relations/passive-by". */
  rule: z.string(),
  /** False when the claim is inferred (implicit agent, pronoun) rather than stated. */
  explicit: z.boolean(),
});
export type Claim = z.infer<typeof ClaimSchema>;
