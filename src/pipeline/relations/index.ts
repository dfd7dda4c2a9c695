// Pipeline stage: turn each sentence's predicates into Claims with evidence, confidence and the rule that fired.
// Negated predicates yield nothing; hedges, reported speech, pronouns and inferred agents lower confidence.
import type { ArticleDoc, Claim, Entity, Mention, Token } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { readPredicate, type Predicate } from "./predicate.ts";
import {
  adjectiveRule,
  characterisationRule,
  compoundRule,
  copulaRule,
  mutualRule,
  nounRule,
  obstacleRule,
  permissionRule,
  verbLemma,
  verbRule,
  type Candidate,
  type RuleContext,
} from "./rules.ts";
import { contrasted } from "./contrast.ts";
import { measureTargetRule, targetOfBacked } from "./measure-target.ts";
import { ownedGroupRule } from "./owned-group.ts";
import { pairRule } from "./pairs.ts";
import { prefixedRule } from "./prefixed.ts";
import { pressureRule } from "./pressure.ts";
import { signalRule } from "./signal.ts";
import { viewpointRule } from "./viewpoint.ts";
import { wishAsideRule } from "./wish-aside.ts";
import { SentenceView } from "./sentence-view.ts";

/**
 * Rules that read a phrase at a token, with no predicate: "US–Chinese relations", "under pressure from X",
 * "Trump’s critics", "…, as the President would wish,", "anti-American diatribes by X", "US sanctions included RUSAL",
 * "From Putin’s vantage point, X looks reliable".
 */
const PHRASE_RULES = [pairRule, pressureRule, ownedGroupRule, wishAsideRule, prefixedRule, measureTargetRule, viewpointRule];

const PRONOUN_FACTOR = 0.9;
const MIN_CONFIDENCE = 0.3;

export function extractRelations(doc: ArticleDoc, knowledge: Knowledge): ArticleDoc {
  const discovered = new Map((doc.data.discovered ?? []).map((e) => [e.id, e]));
  const entityOf = (id: string): Entity | undefined => knowledge.entities.get(id) ?? discovered.get(id);
  const mentions = doc.data.mentions ?? [];
  const executiveOf = executiveLookup(mentions, knowledge, entityOf);
  const claims = new Map<string, Claim>();

  for (const sentence of doc.data.sentences ?? []) {
    const view = new SentenceView(sentence, mentions.filter((m) => m.sentence === sentence.index), entityOf);
    const ctx: RuleContext = { view, cues: knowledge.cues, knowledge, text: doc.text, entityOf, executiveOf };
    const reported = view.tokens.some((t) => t.pos === "VERB" && knowledge.cues.reporting.includes(t.lemma));
    const record = (found: Candidate, confidence: number) => {
      if (found.subject.entity === found.object.entity || confidence < MIN_CONFIDENCE) return;
      const claim: Claim = {
        subject: found.subject.entity,
        relation: found.relation,
        object: found.object.entity,
        issue: found.issue,
        confidence,
        evidence: { article: doc.id, text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
        extractor: "rules",
        rule: found.rule,
        explicit: found.explicit,
      };
      const key = `${claim.subject}|${claim.relation}|${claim.object}|${claim.issue}|${sentence.index}`;
      const existing = claims.get(key);
      if (!existing || existing.confidence < claim.confidence) claims.set(key, claim);
    };
    let previous: Predicate | undefined;
    view.tokens.forEach((token, head) => {
      for (const rule of PHRASE_RULES) for (const found of rule(view, doc.text, head, knowledge)) record(found, rounded(found.confidence * pronounFactor(found)));
      const rules = rulesFor(view, token, head, knowledge);
      if (rules.length === 0) return;
      const predicate = readPredicate(view, doc.text, head, knowledge, previous);
      if (token.pos === "VERB" || rules[0] === verbRule) previous = predicate;
      if (predicate.negated) return;
      const inReport = reported && !knowledge.cues.reporting.includes(token.lemma);
      for (const rule of rules) {
        for (const found of rule(ctx, predicate)) {
          const implied = [...contrasted(view, doc.text, found, knowledge.cueIndex.contrasts), ...targetOfBacked(view, doc.text, found, predicate.clauseEnd, knowledge)];
          for (const claim of [found, ...implied]) record(claim, finalConfidence(claim, predicate, inReport, knowledge));
        }
      }
    });
  }
  const all = [...claims.values()];
  return { ...doc, data: { ...doc.data, claims: [...all, ...blockedProponents(all, entityOf)] } };
}

/**
 * "The Senate blocked the trade deal the president championed": whoever blocks an issue constrains, on that issue,
 * each actor the article shows supporting it. Inferred, so not explicit and less confident than what it rests on.
 */
function blockedProponents(claims: Claim[], entityOf: (id: string) => Entity | undefined): Claim[] {
  // Only those who could act on the issue have their hands tied: people in office, states, institutions — not lobbies.
  const canAct = (id: string) => ["person", "state", "institution"].includes(entityOf(id)?.kind ?? "");
  const inferred: Claim[] = [];
  for (const block of claims.filter((c) => c.rule.endsWith(":blocks-issue"))) {
    for (const support of claims.filter((c) => c.relation === "SUPPORTS" && c.object === block.object && c.subject !== block.subject && canAct(c.subject))) {
      if (inferred.some((c) => c.subject === block.subject && c.object === support.subject && c.issue === block.object)) continue;
      inferred.push({
        ...block,
        relation: "CONSTRAINS",
        object: support.subject,
        issue: block.object,
        confidence: Math.round(Math.min(block.confidence, support.confidence) * 0.7 * 1000) / 1000,
        rule: "relations/blocks-proponent",
        explicit: false,
      });
    }
  }
  return inferred;
}

/** Which rules read the token at `head`: verbs, nouns (including an issue's own noun: "US sanctions against"), adjectives. */
function rulesFor(view: SentenceView, token: Token, head: number, k: Knowledge): ((ctx: RuleContext, p: Predicate) => Candidate[])[] {
  // An issue's own noun can carry a position: its last word ("US sanctions against Russia") or its first
  // ("the Kremlin’s meddling in the U.S. elections").
  const slot = view.slotAt(head);
  if (slot && !(slot.label === "Issue" && (slot.to - 1 === head || slot.from === head) && token.pos === "NOUN")) return [];
  // "the Moscow-led talks": a participle after a hyphen qualifies a noun; it heads no clause.
  if (view.isHyphen(head - 1)) return [compoundRule];
  // "is committed to", "remained opposed to": a participle read as a predicate adjective too.
  // A verb the tagger calls a noun ("Cyprus backs the plan") is read by the verb rules all the same.
  if (token.pos === "VERB" || token.pos === "AUX" || verbLemma(view, head, k)) {
    return [verbRule, permissionRule, obstacleRule, characterisationRule, copulaRule, mutualRule, adjectiveRule, signalRule];
  }
  // A sentence-initial noun is often tagged PROPN ("Opposition to the pact …").
  if (token.pos === "NOUN" || (token.pos === "PROPN" && head === 0)) return [nounRule];
  if (token.pos === "ADJ") return [adjectiveRule];
  return [];
}

function finalConfidence(found: Candidate, p: Predicate, reported: boolean, knowledge: Knowledge): number {
  let confidence = found.confidence * p.hedge;
  if (reported) confidence *= knowledge.cues.reportedFactor;
  if (p.subjectVia === "carried") confidence *= 0.9;
  return rounded(confidence * pronounFactor(found));
}

/** A pronoun may have been resolved to the wrong antecedent. */
function pronounFactor(found: Candidate): number {
  return found.subject.viaPronoun || found.object.viaPronoun ? PRONOUN_FACTOR : 1;
}

function rounded(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}

/**
 * Who acts for a country's executive in this article (the most mentioned first): the head of its executive named by
 * name; else its executive body ("the government", "the Trump administration"); else a head named only by office.
 */
function executiveLookup(mentions: Mention[], knowledge: Knowledge, entityOf: (id: string) => Entity | undefined): (country: string) => string | null {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (const m of mentions) {
    if (!m.entity) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.cue.via !== "role" && m.cue.via !== "pronoun") named.add(m.entity);
  }
  const leads = (entity: Entity, country: string) => entity.roles.some((r) => r.country === country && knowledge.leaderRoles.has(r.role));
  const executiveBody = (entity: Entity, country: string) =>
    entity.kind === "institution" &&
    entity.country === country &&
    [entity.name, ...entity.aliases].some((name) => knowledge.executiveNouns.some((noun) => name.toLowerCase().endsWith(` ${noun}`)));
  const mostMentioned = (fits: (id: string, entity: Entity) => boolean) => {
    let best: string | null = null;
    for (const [id, count] of counts) {
      const entity = entityOf(id);
      if (entity && fits(id, entity) && (best === null || count > counts.get(best)!)) best = id;
    }
    return best;
  };
  return (country) =>
    mostMentioned((id, e) => named.has(id) && leads(e, country)) ??
    mostMentioned((_, e) => executiveBody(e, country)) ??
    mostMentioned((_, e) => leads(e, country));
}
