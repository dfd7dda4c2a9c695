// Puts the evaluation together: aligns each gold article with what the pipeline made of it, then scores each article set.
// Pure: takes parsed gold, analysed articles and the compiled knowledge; the I/O lives in src/eval/run.ts.
import type { ArticleDoc, ArticleGraph } from "../model/index.ts";
import { edgeKey } from "../graph/edge-key.ts";
import { mergePayload } from "../graph/build.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { alignArticle, entityIdOf, idOf, type Alignment, type EntityMatch } from "./align.ts";
import { setOf, type ArticleSet, type GoldArticle } from "./gold.ts";
import { CONFIDENT, figures, scoreSet, tripleKey, type ExtractedItem, type Figures, type GoldItem, type SetScore } from "./score.ts";

/** The sets a report can hold: each gold set, and both together as one graph. */
export const REPORT_SETS = ["bundled", "heldOut", "all"] as const;
export type ReportSet = (typeof REPORT_SETS)[number];

/** One gold article with the pipeline's analysis of its text. */
export interface EvaluatedArticle {
  gold: GoldArticle;
  doc: ArticleDoc;
  graph: ArticleGraph;
}

export interface SetReport extends SetScore {
  name: ReportSet;
  articles: string[];
  /** Gold entities no node answers to, per article: misses of the mention stage (their claims still count). */
  unmatched: { article: string; names: string[] }[];
  /** Gold entities the dictionary knows but the pipeline found nowhere in the article: misses of the mention stage too. */
  unmentioned: { article: string; names: string[] }[];
  /** The same triple figures, matched within each article alone. */
  perArticle: { article: string; figures: Figures }[];
}

export interface EvalReport {
  threshold: number;
  sets: SetReport[];
  alignment: Alignment[];
}

export function evaluate(articles: readonly EvaluatedArticle[], knowledge: Pick<Knowledge, "aliases" | "dropModifiers">): EvalReport {
  const prepared = articles.map((article) => {
    const alignment = alignArticle(article.gold, knowledge, viewOf(article));
    return { ...article, alignment, claims: goldItems(article.gold, alignment) };
  });
  const present = new Set(articles.map((a) => setOf(a.gold)));
  const sets: ReportSet[] = [...(["bundled", "heldOut"] as const).filter((s) => present.has(s)), ...(present.size > 1 ? (["all"] as const) : [])];
  return {
    threshold: CONFIDENT,
    sets: sets.map((name) => {
      const members = prepared.filter((a) => name === "all" || setOf(a.gold) === (name as ArticleSet));
      // Edge confidence combines every claim of the set (noisy-or), exactly as the merged graph shows it.
      const extracted = extractedItems(members);
      const score = scoreSet(members.flatMap((m) => m.claims), extracted);
      return {
        name,
        articles: members.map((m) => m.gold.article),
        ...score,
        unmatched: namesWhere(members, (e) => e.id === null),
        unmentioned: namesWhere(members, (e) => e.how === "dictionary"),
        perArticle: members.map((m) => ({
          article: m.gold.article,
          figures: figures(new Set(m.claims.map(tripleKey)), new Set(extracted.filter((e) => e.article === m.gold.article).map(tripleKey))),
        })),
      };
    }),
    alignment: prepared.map((p) => p.alignment),
  };
}

function namesWhere(members: readonly { alignment: Alignment }[], test: (e: EntityMatch) => boolean) {
  return members
    .map(({ alignment }) => ({ article: alignment.article, names: alignment.entities.filter(test).map((e) => e.name) }))
    .filter((u) => u.names.length > 0);
}

function viewOf({ doc, graph }: EvaluatedArticle) {
  return {
    nodes: graph.nodes,
    mentions: (doc.data.mentions ?? [])
      .filter((m) => m.cue.via !== "pronoun")
      .map((m) => ({ surface: doc.text.slice(m.start, m.end), entity: m.entity, naming: ["discovered", "issue", "ownedGroup", "homeGroup"].includes(m.cue.via) })),
  };
}

function goldItems(gold: GoldArticle, alignment: Alignment): GoldItem[] {
  return gold.claims.map((claim) => ({
    article: gold.article,
    subject: idOf(alignment, claim.subject),
    relation: claim.relation,
    object: idOf(alignment, claim.object),
    issue: claim.issue === null ? null : idOf(alignment, claim.issue),
    names: { subject: claim.subject, object: claim.object, issue: claim.issue },
    explicit: claim.explicit,
    hedged: claim.hedged,
    evidence: claim.evidence,
  }));
}

/** Claims as the gold sees their ends: a node split off an entity ("Chinese diplomats" of China) counts as the entity. */
function extractedItems(members: readonly { graph: ArticleGraph; alignment: Alignment }[]): ExtractedItem[] {
  const confidence = new Map(mergePayload(members.map((m) => m.graph)).edges.map((e) => [e.id, e.confidence]));
  return members.flatMap(({ graph, alignment }) => {
    const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id;
    const asGold = (id: string) => entityIdOf(alignment, id);
    return graph.claims.map((claim) => ({
      article: graph.article.id,
      subject: asGold(claim.subject),
      relation: claim.relation,
      object: asGold(claim.object),
      issue: claim.issue === null ? null : asGold(claim.issue),
      names: { subject: name(claim.subject), object: name(claim.object), issue: claim.issue === null ? null : name(claim.issue) },
      confidence: confidence.get(edgeKey(claim.subject, claim.relation, claim.object, claim.issue)) ?? claim.confidence,
      evidence: claim.evidence.text,
      rule: claim.rule,
    }));
  });
}
