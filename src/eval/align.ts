// Maps the gold standard's canonical names to the pipeline's node ids, one article at a time.
// Pure: a name meets a node through the dictionary alias index, the extracted nodes' names, or the mentions resolved in that article.
// A form with a post-modifier ("electricity interconnectors linking Greece …") also meets the node named by its head phrase,
// and one with a leading modifier the pipeline leaves out of names ("major European powers") the node named without it.
import type { GraphNode } from "../model/payload.ts";
import { slugify } from "../model/ids.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { tokenizeSentences } from "../pipeline/nlp/wink.ts";
import type { GoldArticle } from "./gold.ts";

/** What the pipeline made of one article, as far as alignment needs it. */
export interface ArticleView {
  /** The article's nodes (dictionary and discovered entities it mentions or claims about). */
  nodes: readonly GraphNode[];
  /**
   * Resolved mentions with their surface text (pronouns left out); `naming` when the words made the node (a
   * discovered name or issue phrase) rather than referring back to one.
   */
  mentions: readonly { surface: string; entity: string | null; naming: boolean }[];
}

/**
 * How a gold entity met its node: its canonical name, one of its aliases, or a mention the pipeline resolved in this
 * article; "dictionary" when only the dictionary knows it and the pipeline found it nowhere in the article.
 */
export type MatchKind = "name" | "alias" | "mention" | "head" | "dictionary";

export interface EntityMatch {
  /** The gold canonical name. */
  name: string;
  /** The node id, or null when nothing in the pipeline's view answers to the name or its aliases. */
  id: string | null;
  how: MatchKind | null;
  /** The surface form that matched. */
  via: string | null;
  /**
   * Other nodes of the article that answer to the entity's forms ("Chinese diplomats", an alias of China): the
   * pipeline split what the gold takes as one entity, and their claims count as the entity's.
   */
  also: { id: string; via: string }[];
}

export interface Alignment {
  article: string;
  entities: EntityMatch[];
}

type AliasIndex = Pick<Knowledge, "aliases" | "dropModifiers">;

/** An unmatched gold entity stays in the scoring under this id, which no extracted node can carry. */
export function unmatchedId(name: string): string {
  return `gold:${name}`;
}

/** The node id a gold name stands for in this alignment (or its unmatched placeholder). */
export function idOf(alignment: Alignment, name: string): string {
  return alignment.entities.find((e) => e.name === name)?.id ?? unmatchedId(name);
}

/** The id an extracted node counts under: its entity's own node when the node is a split-off part of it, else itself. */
export function entityIdOf(alignment: Alignment, nodeId: string): string {
  return alignment.entities.find((e) => e.also.some((a) => a.id === nodeId))?.id ?? nodeId;
}

export function alignArticle(gold: GoldArticle, knowledge: AliasIndex, view: ArticleView): Alignment {
  const inArticle = new Set(view.nodes.map((n) => n.id));
  const present = (ids: string[]) => ids.filter((id) => inArticle.has(id));
  const byName = new Map<string, EntityMatch>();
  // First pass: canonical names that meet a node of this article. An id taken this way is not up for grabs
  // by another entity's alias, so "Chilean Congress" (alias "Congress") cannot steal what "U.S. Congress" names outright.
  for (const name of Object.keys(gold.entities)) {
    const id = present(lookup(name, knowledge, view))[0];
    if (id) byName.set(name, { name, id, how: "name", via: name, also: [] });
  }
  const taken = new Set([...byName.values()].map((m) => m.id));
  const heads = new Map(Object.entries(gold.entities).map(([name, entity]) => [name, headForms([name, ...entity.aliases], knowledge.dropModifiers)]));
  for (const [name, entity] of Object.entries(gold.entities)) {
    if (byName.has(name)) continue;
    const aliases = entity.aliases.map((alias) => ({ via: alias, ids: lookup(alias, knowledge, view) }));
    // The node the pipeline actually used in this article comes first; a dictionary entity it never
    // mentioned here is the fallback (its claims can still be extracted from another article of the set).
    const match =
      vote(aliases.map(({ via, ids }) => ({ via, id: present(ids)[0] ?? null })), taken, "alias") ??
      vote([name, ...entity.aliases].flatMap((form) => mentionIds(form, view).map((id) => ({ via: form, id }))), taken, "mention") ??
      vote(heads.get(name)!.flatMap((form) => [...new Set([...named(form, view), ...mentionIds(form, view)])].map((id) => ({ via: form, id }))), taken, "head") ??
      vote([{ via: name, id: lookup(name, knowledge, view)[0] ?? null }], new Set(), "dictionary") ??
      vote(aliases.map(({ via, ids }) => ({ via, id: ids[0] ?? null })), taken, "dictionary");
    byName.set(name, match ? { name, ...match, also: [] } : { name, id: null, how: null, via: null, also: [] });
  }
  // Every id some entity took outright is its own; what is left over may be a split-off part of an entity.
  const claimed = new Set([...byName.values()].map((m) => m.id));
  for (const [name, entity] of Object.entries(gold.entities)) {
    const match = byName.get(name)!;
    if (match.id === null || match.how === "dictionary") continue;
    for (const via of [name, ...entity.aliases, ...heads.get(name)!]) {
      for (const id of named(via, view)) {
        if (claimed.has(id)) continue;
        claimed.add(id);
        match.also.push({ id, via });
      }
    }
  }
  return { article: gold.article, entities: Object.keys(gold.entities).map((name) => byName.get(name)!) };
}

/**
 * The ids of this article's nodes named by the form, or made from a mention of it ("a pending missile-defence
 * package"). Nodes that only list the form as an alias (Germany, alias "German government") and references back
 * ("the president") resolved elsewhere are other entities, or errors of resolution, not split-off parts.
 */
function named(form: string, view: ArticleView): string[] {
  const key = normalise(form);
  const byName = view.nodes.filter((n) => normalise(n.name) === key || n.id === slugify(form)).map((n) => n.id);
  const byMention = view.mentions.filter((m) => m.naming && m.entity && normalise(m.surface) === key).map((m) => m.entity!);
  return [...new Set([...byName, ...byMention])];
}

/**
 * The head phrases of the forms: the words before the first preposition, participle, relative pronoun or comma
 * ("stricter inspections of ships bound for Hodeidah" → "stricter inspections"), without the leading modifiers the
 * pipeline leaves out of names ("major European powers" → "European powers"), and past a partitive ("some of
 * America’s closest allies" → "America’s closest allies").
 */
function headForms(forms: readonly string[], dropModifiers: ReadonlySet<string>): string[] {
  const heads = new Set<string>();
  for (const form of forms) {
    const all = tokenizeSentences(form, 0, form.length).flatMap((s) => s.tokens);
    // "some of America’s closest allies" names a part of what follows "of": its head is that phrase's.
    const partitive = PARTITIVES.has(all[0]?.normal ?? "") && all[1]?.normal === "of";
    const tokens = partitive ? all.slice(2) : all;
    const cut = tokens.findIndex((t, i) => i > 0 && (POST_MODIFIER_POS.has(t.pos) || t.normal === ","));
    const end = cut < 0 ? tokens.length : cut;
    let start = ARTICLES.has(tokens[0]?.normal ?? "") ? 1 : 0;
    while (start < end - 1 && dropModifiers.has(tokens[start]!.normal)) start++;
    const last = tokens[end - 1];
    if ((cut > 0 || start > 0 || partitive) && last && (last.pos === "NOUN" || last.pos === "PROPN")) heads.add(form.slice(tokens[start]!.start, last.end));
  }
  return [...heads];
}

/** The id most of the forms agree on (the first in annotation order on a tie). */
function vote(candidates: { via: string; id: string | null }[], taken: ReadonlySet<string | null>, how: MatchKind): Omit<EntityMatch, "name" | "also"> | null {
  const counts = new Map<string, { count: number; via: string }>();
  for (const { via, id } of candidates) {
    if (!id || taken.has(id)) continue;
    const seen = counts.get(id);
    counts.set(id, { count: (seen?.count ?? 0) + 1, via: seen?.via ?? via });
  }
  let best: Omit<EntityMatch, "name" | "also"> | null = null;
  let bestCount = 0;
  for (const [id, { count, via }] of counts) {
    if (count > bestCount) [best, bestCount] = [{ id, how, via }, count];
  }
  return best;
}

/** The ids a form resolves to: extracted nodes whose name, alias or id it is, then dictionary entities the index matches in full. */
function lookup(form: string, knowledge: AliasIndex, view: ArticleView): string[] {
  return [...new Set([...nodeIds(form, view), ...dictionaryIds(form, knowledge)])];
}

/** Extracted nodes whose name, id or alias the form is. */
function nodeIds(form: string, view: ArticleView): string[] {
  const key = normalise(form);
  // A node named so comes before one that only lists the form among its aliases ("Greek government" the
  // institution before Greece, whose alias it also is).
  const aliased = view.nodes.filter((n) => n.aliases.some((a) => normalise(a) === key)).map((n) => n.id);
  return [...new Set([...named(form, view), ...aliased])];
}

function dictionaryIds(form: string, knowledge: AliasIndex): string[] {
  const tokens = tokenizeSentences(form, 0, form.length).flatMap((s) => s.tokens);
  // "the Senate" is listed as "Senate": a leading article may be skipped, nothing else may be left over.
  const starts = tokens[0] && ARTICLES.has(tokens[0].normal) ? [0, 1] : [0];
  for (const at of starts) {
    const match = knowledge.aliases.match(tokens, form, at);
    if (match && at + match.length === tokens.length) return match.values;
  }
  return [];
}

function mentionIds(form: string, view: ArticleView): string[] {
  const key = normalise(form);
  return view.mentions.filter((m) => m.entity && normalise(m.surface) === key).map((m) => m.entity!);
}

const ARTICLES = new Set(["the", "a", "an"]);
const PARTITIVES = new Set(["some", "many", "most", "several", "few", "all", "both", "each", "one", "two", "three", "any", "none"]);
const POST_MODIFIER_POS = new Set(["ADP", "VERB", "PRON", "SCONJ"]);

/** Case, curly quotes, spacing and a leading article do not tell names apart. */
export function normalise(form: string): string {
  return form
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/^(the|a|an) /, "");
}
