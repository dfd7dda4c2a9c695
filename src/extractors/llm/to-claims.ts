// Checks each claim the model stated against the article and turns the good ones into product Claims.
// Pure: a claim that fails a check is dropped with a warning Message naming the check; nothing throws.
import { ClaimSchema, RELATIONS, type ArticleDoc, type Claim, type Message, type Relation, type Sentence } from "../../model/index.ts";
import { findEvidence } from "./find-evidence.ts";
import type { ParsedItem } from "./parse-answer.ts";
import type { NameResolver } from "./resolve-names.ts";
import type { ModelClaim } from "./schema.ts";

export const SOURCE = "extractors/llm";

/** A kept claim and the sentence it came from, the unit merging compares. */
export interface LlmClaim {
  claim: Claim;
  sentence: number;
}

export interface ClaimContext {
  doc: ArticleDoc;
  /** The sentences this answer was asked about: a claim citing any other sentence is dropped. */
  batch: readonly Sentence[];
  resolveName: NameResolver;
  model: string;
  /** Multiplies the model's confidence: its claims are unverified, so they weigh less than a matched rule's. */
  factor: number;
}

export function toClaims(items: readonly ParsedItem[], ctx: ClaimContext): { claims: LlmClaim[]; messages: Message[] } {
  const claims: LlmClaim[] = [];
  const messages: Message[] = [];
  for (const item of items) {
    if (!item.ok) {
      messages.push(drop(`claim ${item.index + 1} of the answer does not match the schema (${item.reason})`, "llm/invalid-claim"));
      continue;
    }
    const checked = check(item.claim, ctx);
    if ("claim" in checked) claims.push(checked);
    else messages.push(checked);
  }
  return { claims, messages };
}

function check(m: ModelClaim, ctx: ClaimContext): LlmClaim | Message {
  const said = `${m.subject} ${m.relation} ${m.object}${m.issue ? ` @${m.issue}` : ""}`;
  const sentence = ctx.batch.find((s) => s.index === m.sentence);
  if (!sentence) return drop(`"${said}" cites sentence ${m.sentence}, which was not in the request`, "llm/unknown-sentence");
  const span = { start: sentence.start, end: sentence.end };
  const fail = (reason: string, ruleId: string) => drop(`"${said}": ${reason}`, ruleId, span);

  const relation = m.relation.toUpperCase();
  if (!isRelation(relation)) return fail(`unknown relation "${m.relation}" (expected ${RELATIONS.join(", ")})`, "llm/unknown-relation");

  const subject = ctx.resolveName(m.subject, sentence.index, "Actor");
  if (subject.id === null) return fail(`subject ${subject.reason}`, subject.ruleId);
  const object = ctx.resolveName(m.object, sentence.index, null);
  if (object.id === null) return fail(`object ${object.reason}`, object.ruleId);
  if (subject.id === object.id) return fail(`subject and object are both ${subject.id}`, "llm/self-relation");

  let issue: string | null = null;
  // The product's convention: an issue qualifies an actor object only ("X OPPOSES sanctions" has none), so a model
  // that also names one for an issue object is not wrong enough to lose the claim; the issue is just not kept.
  if (m.issue !== null && object.label === "Actor") {
    const resolved = ctx.resolveName(m.issue, sentence.index, "Issue");
    if (resolved.id === null) return fail(`issue ${resolved.reason}`, resolved.ruleId);
    issue = resolved.id;
  }

  const found = findEvidence(ctx.doc.text, sentence, m.evidence);
  if (found.span === null) return fail(found.reason, found.ruleId);

  const claim: Claim = {
    subject: subject.id,
    relation,
    object: object.id,
    issue,
    confidence: Math.round(clamp(m.confidence) * ctx.factor * 1000) / 1000,
    evidence: { article: ctx.doc.id, text: ctx.doc.text.slice(found.span.start, found.span.end), start: found.span.start, end: found.span.end },
    extractor: "llm",
    rule: `llm/${ctx.model}`,
    explicit: true,
  };
  // Belt and braces: whatever passed the checks above must also be a valid Claim, or the store would refuse the article.
  const valid = ClaimSchema.safeParse(claim);
  if (!valid.success) return fail(`not a valid claim (${valid.error.issues[0]?.message ?? "invalid"})`, "llm/invalid-claim");
  return { claim, sentence: sentence.index };
}

function drop(reason: string, ruleId: string, span?: { start: number; end: number }): Message {
  return { reason: `llm claim dropped: ${reason}`, ruleId, source: SOURCE, fatal: false, ...(span ? { span } : {}) };
}

function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
