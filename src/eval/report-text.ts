// The evaluation as text for a terminal: a summary table, per-set tables, then the lists engineers work from.
// Pure: report in, string out; the lists are grouped by article, one claim per line, evidence cut to ~160 characters.
import { formatTable } from "../cli/table.ts";
import { RELATIONS } from "../model/vocabulary.ts";
import type { Alignment } from "./align.ts";
import type { EvalReport, ReportSet, SetReport } from "./evaluate.ts";
import type { ExtractedItem, Figures, GoldItem, Names } from "./score.ts";

const EVIDENCE_CHARS = 160;
const SET_TITLES: Record<ReportSet, string> = { bundled: "bundled", heldOut: "held-out", all: "all" };

export function formatReport(report: EvalReport & { goldDir?: string }): string {
  const counted = report.sets.filter((s) => s.name !== "all");
  const articles = counted.map((s) => `${s.articles.length} ${SET_TITLES[s.name]}`).join(", ");
  const lines = [
    `Gold standard${report.goldDir ? ` ${report.goldDir}` : ""}: ${articles}`,
    "Scores count unique (subject, relation, object) triples over each article set, after mapping gold names to node ids.",
    "",
    formatTable(
      ["set", "gold", "extracted", "matched", "P", "R", "F1", "issue-aware F1", "explicit R", `confident P (≥${report.threshold})`],
      report.sets.map((s) => ({
        set: SET_TITLES[s.name],
        gold: s.overall.gold,
        extracted: s.overall.extracted,
        matched: s.overall.matched,
        P: num(s.overall.precision),
        R: num(s.overall.recall),
        F1: num(s.overall.f1),
        "issue-aware F1": num(s.issueAware.f1),
        "explicit R": `${num(s.explicitRecall.recall)} (${s.explicitRecall.matched}/${s.explicitRecall.gold})`,
        [`confident P (≥${report.threshold})`]: `${num(s.confident.precision)} (${s.confident.matched}/${s.confident.extracted})`,
      })),
    ),
  ];
  // "all" repeats the other sets' lists, so it gets the summary row only.
  for (const set of counted) lines.push("", ...formatSet(set, report.alignment.filter((a) => set.articles.includes(a.article))));
  return lines.join("\n") + "\n";
}

function formatSet(set: SetReport, alignment: readonly Alignment[]): string[] {
  const lines = [
    `== ${SET_TITLES[set.name]}: ${set.articles.join(", ")}`,
    "",
    formatTable(
      ["triples", "P", "R", "F1", "matched", "gold", "extracted"],
      [
        figureRow("all relations", set.overall),
        ...RELATIONS.map((relation) => figureRow(relation, set.byRelation[relation])),
        figureRow("issue-aware", set.issueAware),
      ],
    ),
    "",
    formatTable(
      ["article", "P", "R", "F1", "matched", "gold", "extracted"],
      set.perArticle.map((a) => figureRow(a.article, a.figures)).map(({ triples, ...rest }) => ({ article: triples, ...rest })),
    ),
  ];
  if (set.unmatched.length > 0) {
    lines.push("", "Gold entities no node answers to (missed by the mention stage; their claims count as missed):");
    for (const u of set.unmatched) lines.push(`  ${u.article}: ${u.names.join("; ")}`);
  }
  if (set.unmentioned.length > 0) {
    lines.push("", "Gold entities the dictionary knows but the pipeline found nowhere in the article:");
    for (const u of set.unmentioned) lines.push(`  ${u.article}: ${u.names.join("; ")}`);
  }
  // Matches through an alias or a resolved mention are where a wrong resolution could pass for a right one.
  const indirect = alignment.flatMap((a) => a.entities.filter((e) => e.how === "alias" || e.how === "mention" || e.how === "head").map((e) => ({ article: a.article, e })));
  if (indirect.length > 0) {
    lines.push("", "Gold entities matched through an alias, a resolved mention or a head phrase (check they are the same thing):");
    lines.push(...grouped(indirect, ({ e }) => `${e.name} → ${e.id} (${e.how} "${e.via}")`));
  }
  // The graph shows these as separate nodes; an analyst asking about the entity would not see the split-off part's edges.
  const split = alignment.flatMap((a) => a.entities.filter((e) => e.also.length > 0).map((e) => ({ article: a.article, e })));
  if (split.length > 0) {
    lines.push("", "Gold entities the pipeline splits over several nodes (claims of each count as the entity's):");
    lines.push(...grouped(split, ({ e }) => `${e.name} → ${[e.id, ...e.also.map((a) => `${a.id} ("${a.via}")`)].join(" + ")}`));
  }
  if (set.issueMismatches.length > 0) {
    lines.push("", `Triples found with other issues than the gold's (${set.issueMismatches.length}):`);
    for (const m of set.issueMismatches) {
      lines.push(`  ${m.names.subject} ${m.relation} ${m.names.object} — gold: ${issues(m.gold)} | extracted: ${issues(m.extracted)}`);
    }
  }
  lines.push("", `Missed gold claims (${set.missed.length}, their triple was not extracted):`);
  lines.push(...grouped(set.missed, (g: GoldItem) => `${claim(g.names, g.relation)}  [${g.explicit ? "explicit" : "implied"}${g.hedged ? ", hedged" : ""}]  «${shorten(g.evidence)}»`));
  lines.push("", `Extracted claims not in the gold (${set.spurious.length}):`);
  lines.push(...grouped(set.spurious, (e: ExtractedItem) => `${claim(e.names, e.relation)}  [${e.rule} ${e.confidence}]  «${shorten(e.evidence)}»`));
  return lines;
}

function grouped<T extends { article: string }>(items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return ["  (none)"];
  const byArticle = new Map<string, T[]>();
  for (const item of items) byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), item]);
  return [...byArticle].flatMap(([article, list]) => [`  ${article}`, ...list.map((item) => `    ${line(item)}`)]);
}

function figureRow(label: string, f: Figures) {
  return { triples: label, P: num(f.precision), R: num(f.recall), F1: num(f.f1), matched: f.matched, gold: f.gold, extracted: f.extracted };
}

function claim(names: Names, relation: string): string {
  return `${names.subject} ${relation} ${names.object}${names.issue ? ` @${names.issue}` : ""}`;
}

function issues(list: (string | null)[]): string {
  return list.map((i) => i ?? "(none)").join(", ");
}

/** Evidence on one line, cut at a word near the limit. */
export function shorten(text: string, max = EVIDENCE_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.75 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function num(value: number | null): string {
  return value === null ? "–" : value.toFixed(2);
}
