// What the model reads: the product's definitions of the three relations (from data/gold/README.md, the annotation
// guide the gold standard was written with), the article's known entities, and its sentences numbered in batches.
import type { ArticleDoc, Entity, Sentence } from "../../model/index.ts";

export const SYSTEM_PROMPT = `You extract positions of actors from an international-politics article for a knowledge graph.

A claim is a directed edge: subject —RELATION→ object, optionally qualified by an issue.
- SUPPORTS: a positive position of an actor toward another actor or an issue: backs, praises, wants, seeks, endorses, allies with, pushes for, agrees to cooperate with, partners with, welcomes, echoes (agrees with), supplies arms to, ratifies.
- OPPOSES: a negative position of an actor toward another actor or an issue: opposes, criticises, condemns, attacks, undermines, sanctions, rejects, distrusts, is suspicious of, is hostile to, meddles in, annexes territory of, indicts, votes down.
- CONSTRAINS: an actor limiting another actor's freedom of action, usually on an issue: a legislature whose approval is required, a court that strikes a law down, a ban, a law or procedure that makes something impossible for someone, an authority giving orders. Example: "Mr. Putin cannot expect any lifting of sanctions, which would require approval by Congress" gives subject "U.S. Congress", relation CONSTRAINS, object the U.S. president, issue "sanctions".
The subject is always an actor. The object is an actor or an issue.

Annotate what the article asserts or clearly reports: the author's assertions in any tense (including predictions), reported speech and beliefs (with the content's subject), presuppositions, and noun phrases that encode a position ("US sanctions against Russia", "opposition to his policy in Congress").
Do not annotate: negated statements ("did not endorse" is no claim; the absence of support is not opposition); hypotheticals the text rejects or leaves open (if-clauses, open questions, advice, counterfactuals); unintended effects that are not positions; neutral contact (meeting, talking, visiting, trading) unless framed as cooperation or a sought-after goal; site chrome (headlines of other articles, captions, bios).

Subject: the actor who holds the position or exerts the constraint; for passives the logical agent ("was blocked by the Senate" → Senate). Object: the actor or issue the position is about.
Issue: fill it only when the object is an actor and the text ties the relation to an issue ("X imposed sanctions on Y" → X OPPOSES Y, issue "sanctions"). When the object is itself an issue, issue is null. The issue is a topic, not a polarity; polarity follows the actor's wish ("wants sanctions lifted" → OPPOSES sanctions).
Symmetric relations ("A and B agreed to cooperate") give two claims, A→B and B→A. Coordinated subjects or objects give one claim per pair.

Answer rules:
- Name subject, object and issue exactly as in the list of known entities whenever the entity is listed; otherwise use the name the article uses.
- "sentence" is the number in brackets of the sentence that states the claim.
- "evidence" is a verbatim quote copied character for character from that sentence: the shortest span that states the claim, or the whole sentence.
- "confidence" is between 0 and 1: lower it for hedged claims (may, might, could, would, likely, apparently, seems) and for inferences.
- List each claim once. Answer {"claims": []} when the sentences state none.`;

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export interface BatchLimits {
  /** At most this many sentences per request. */
  maxSentences: number;
  /** At most this many characters of sentence text per request (a single longer sentence still goes alone). */
  maxChars: number;
}

export const DEFAULT_BATCH: BatchLimits = { maxSentences: 40, maxChars: 12_000 };

/** Consecutive runs of sentences that each fit one prompt. */
export function batchSentences(sentences: readonly Sentence[], limits: BatchLimits = DEFAULT_BATCH): Sentence[][] {
  const batches: Sentence[][] = [];
  let current: Sentence[] = [];
  let chars = 0;
  for (const sentence of sentences) {
    const length = sentence.end - sentence.start;
    if (current.length > 0 && (current.length >= limits.maxSentences || chars + length > limits.maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(sentence);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The entities the article's mentions resolved to, most mentioned first: the names the model should use. */
export function knownEntities(doc: ArticleDoc, entityOf: (id: string) => Entity | undefined): Entity[] {
  const counts = new Map<string, number>();
  for (const mention of doc.data.mentions ?? []) {
    if (mention.entity) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => entityOf(id))
    .filter((entity): entity is Entity => entity !== undefined);
}

/** The chat for one batch: the system prompt, then the entity list and the numbered sentences. */
export function promptFor(doc: ArticleDoc, batch: readonly Sentence[], entities: readonly Entity[]): ChatMessage[] {
  const title = doc.meta.title ? `Article: ${doc.meta.title}` : `Article: ${doc.id}`;
  const names = entities.length > 0 ? entities.map((e) => `- ${e.name} (${e.kind})`).join("\n") : "(none recognised)";
  const lines = batch.map((s) => `[${s.index}] ${oneLineSentence(doc.text.slice(s.start, s.end))}`).join("\n");
  const user = `${title}\n\nKnown entities in this article:\n${names}\n\nSentences:\n${lines}`;
  return [
    { role: "system", content: SYSTEM_PROMPT },
    { role: "user", content: user },
  ];
}

/** Sentences never span lines (segment splits at line breaks), but be safe: a newline would break the numbering. */
function oneLineSentence(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
