// Evidence lists: each claim's sentence as a button that opens its article at that sentence, with its citation.
// All of it is untrusted text and goes in as text nodes.
import type { ApiClaim, ApiEdge, ApiEdgeWithEvidence } from "../../../src/model/api.ts";
import { formatDate, percent, plural } from "../model/format.ts";
import { RELATION_COLORS, RELATION_LABELS } from "../model/palette.ts";
import { button, el } from "../ui/dom.ts";

export interface EvidenceTarget {
  article: string;
  start: number;
  end: number;
}

/** Opens the reader on an article, at a sentence when one is given. */
export type OpenArticle = (target: EvidenceTarget | { article: string; start?: undefined; end?: undefined }) => void;

const SHOWN = 3;

export function evidenceList(claims: readonly ApiClaim[], openArticle: OpenArticle): HTMLElement {
  const sorted = [...claims].sort((a, b) => b.confidence - a.confidence || (b.published ?? "").localeCompare(a.published ?? ""));
  const items = sorted.map((claim) =>
    el(
      "li",
      { class: "evidence" },
      el(
        "button",
        {
          class: "quote",
          attrs: { type: "button", title: "Open the article at this sentence" },
          data: { article: claim.article, start: String(claim.start), end: String(claim.end) },
          on: { click: () => openArticle({ article: claim.article, start: claim.start, end: claim.end }) },
        },
        quoted(claim.text),
      ),
      el(
        "p",
        { class: "cite" },
        el("span", { class: "cite-title", text: claim.title ?? claim.article }),
        claim.source ? ` — ${claim.source}` : "",
        `, ${formatDate(claim.published)}`,
        el("span", { class: "cite-meta", text: ` · ${percent(claim.confidence)} · ${claim.rule}` }),
      ),
    ),
  );
  const list = el("ul", { class: "evidence-list" }, ...items.slice(0, SHOWN));
  if (items.length > SHOWN) {
    const more = button(`Show ${plural(items.length - SHOWN, "more sentence")}`, () => {
      for (const item of items.slice(SHOWN)) list.appendChild(item);
      more.remove();
    }, { class: "link-btn" });
    return el("div", {}, list, more);
  }
  return list;
}

/** The sentence in quotation marks, unless it opens with its own ("“We oppose it,” said …" would read ““We …”). */
function quoted(sentence: string): string {
  return /^[“"‘']/.test(sentence) ? sentence : `“${sentence}”`;
}

/** A relation chip: coloured, with the verb as text. */
export function relationChip(type: ApiEdge["type"]): HTMLElement {
  return el("span", { class: "chip rel", attrs: { style: `--chip:${RELATION_COLORS[type]}` }, text: RELATION_LABELS[type].verb });
}

/** Confidence, weight and spread of one edge, in one line. */
export function edgeStats(edge: ApiEdge): string {
  return `${percent(edge.confidence)} confidence · ${plural(edge.weight, "claim")} · ${plural(edge.articles.length, "article")}`;
}

export function edgeBlock(
  edge: ApiEdgeWithEvidence,
  heading: HTMLElement,
  openArticle: OpenArticle,
  onOpenEdge?: (key: string) => void,
): HTMLElement {
  return el(
    "li",
    { class: "edge-block", data: { edge: edge.id } },
    el("div", { class: "edge-head" }, heading, onOpenEdge ? button("Details", () => onOpenEdge(edge.id), { class: "link-btn small", title: "Show this relation on its own" }) : null),
    el("p", { class: "edge-stats", text: edgeStats(edge) }),
    evidenceList(edge.claims, openArticle),
  );
}
