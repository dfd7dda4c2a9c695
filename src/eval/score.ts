// Scores extracted claims against gold claims at graph level: unique (subject, relation, object) triples over a set of articles.
// Pure: ids are already aligned; the result carries the figures and the lists engineers read (misses, false positives).
import { RELATIONS, type Relation } from "../model/vocabulary.ts";

/** Edges at or above this confidence are the ones the graph presents as reliable. */
export const CONFIDENT = 0.8;

/** Display names of a claim's ends, for the lists. */
export interface Names {
  subject: string;
  object: string;
  issue: string | null;
}

interface Triple {
  article: string;
  subject: string;
  relation: Relation;
  object: string;
  issue: string | null;
  names: Names;
}

/** A gold claim with its names mapped to node ids. */
export interface GoldItem extends Triple {
  explicit: boolean;
  hedged: boolean;
  evidence: string;
}

/** An extracted claim, with the confidence of the edge it belongs to. */
export interface ExtractedItem extends Triple {
  confidence: number;
  /** The evidence sentence. */
  evidence: string;
  /** The rule that fired (Claim.rule). */
  rule: string;
}

/** Precision, recall and F1 over unique triples; null where the figure is 0/0. */
export interface Figures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  matched: number;
  gold: number;
  extracted: number;
}

/** A triple both sides have, tied to different sets of issues. */
export interface IssueMismatch {
  names: Names;
  relation: Relation;
  gold: (string | null)[];
  extracted: (string | null)[];
}

export interface SetScore {
  overall: Figures;
  byRelation: Record<Relation, Figures>;
  /** Triples with the issue required to match (null meets null). */
  issueAware: Figures;
  /** Recall of the triples some explicit gold claim states. */
  explicitRecall: { recall: number | null; matched: number; gold: number };
  /** Precision among extracted triples whose edge confidence is at least `threshold`. */
  confident: { threshold: number; precision: number | null; matched: number; extracted: number };
  /** Gold claims whose triple was not extracted from any article of the set. */
  missed: GoldItem[];
  /** Extracted claims whose triple no gold claim of the set has. */
  spurious: ExtractedItem[];
  issueMismatches: IssueMismatch[];
}

export function scoreSet(gold: readonly GoldItem[], extracted: readonly ExtractedItem[], threshold = CONFIDENT): SetScore {
  const goldTriples = new Set(gold.map(tripleKey));
  const extractedTriples = new Set(extracted.map(tripleKey));

  const byRelation = Object.fromEntries(
    RELATIONS.map((relation) => [relation, figures(filter(goldTriples, relation), filter(extractedTriples, relation))]),
  ) as Record<Relation, Figures>;

  const explicitTriples = new Set(gold.filter((g) => g.explicit).map(tripleKey));
  const explicitMatched = count(explicitTriples, (key) => extractedTriples.has(key));

  // A triple is as confident as its strongest edge (its edges differ only by issue).
  const tripleConfidence = new Map<string, number>();
  for (const item of extracted) tripleConfidence.set(tripleKey(item), Math.max(tripleConfidence.get(tripleKey(item)) ?? 0, item.confidence));
  const confident = new Set([...tripleConfidence].filter(([, c]) => c >= threshold).map(([key]) => key));
  const confidentMatched = count(confident, (key) => goldTriples.has(key));

  return {
    overall: figures(goldTriples, extractedTriples),
    byRelation,
    issueAware: figures(new Set(gold.map(edgeKey)), new Set(extracted.map(edgeKey))),
    explicitRecall: { recall: ratio(explicitMatched, explicitTriples.size), matched: explicitMatched, gold: explicitTriples.size },
    confident: { threshold, precision: ratio(confidentMatched, confident.size), matched: confidentMatched, extracted: confident.size },
    missed: gold.filter((g) => !extractedTriples.has(tripleKey(g))),
    spurious: extracted.filter((e) => !goldTriples.has(tripleKey(e))),
    issueMismatches: issueMismatches(gold, extracted),
  };
}

export function figures(gold: ReadonlySet<string>, extracted: ReadonlySet<string>): Figures {
  const matched = count(extracted, (key) => gold.has(key));
  const total = gold.size + extracted.size;
  return {
    precision: ratio(matched, extracted.size),
    recall: ratio(matched, gold.size),
    // 2tp / (gold + extracted): defined (as 0) even when nothing was extracted.
    f1: total === 0 ? null : (2 * matched) / total,
    matched,
    gold: gold.size,
    extracted: extracted.size,
  };
}

function issueMismatches(gold: readonly GoldItem[], extracted: readonly ExtractedItem[]): IssueMismatch[] {
  const issues = (items: readonly Triple[]) => {
    const byTriple = new Map<string, { first: Triple; issues: Set<string | null> }>();
    for (const item of items) {
      const entry = byTriple.get(tripleKey(item)) ?? { first: item, issues: new Set() };
      entry.issues.add(item.issue);
      byTriple.set(tripleKey(item), entry);
    }
    return byTriple;
  };
  const goldIssues = issues(gold);
  const extractedIssues = issues(extracted);
  const mismatches: IssueMismatch[] = [];
  for (const [key, { first, issues: wanted }] of goldIssues) {
    const found = extractedIssues.get(key)?.issues;
    if (!found || (found.size === wanted.size && [...found].every((issue) => wanted.has(issue)))) continue;
    // Gold names for the ends, and for each issue the name either side gave it.
    const issueName = (issue: string | null) =>
      issue === null ? null : ([...gold, ...extracted].find((t) => tripleKey(t) === key && t.issue === issue)?.names.issue ?? issue);
    mismatches.push({ names: first.names, relation: first.relation, gold: [...wanted].map(issueName), extracted: [...found].map(issueName) });
  }
  return mismatches;
}

/** The graph-level identity of a claim: who, how, whom (issue left out). */
export function tripleKey(t: { subject: string; relation: string; object: string }): string {
  return `${t.subject}>${t.relation}>${t.object}`;
}

function edgeKey(t: Pick<Triple, "subject" | "relation" | "object" | "issue">): string {
  return `${tripleKey(t)}@${t.issue ?? ""}`;
}

function filter(keys: ReadonlySet<string>, relation: Relation): Set<string> {
  return new Set([...keys].filter((key) => key.includes(`>${relation}>`)));
}

function count(keys: ReadonlySet<string>, test: (key: string) => boolean): number {
  let n = 0;
  for (const key of keys) if (test(key)) n++;
  return n;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
