// Turns a name the model wrote into an entity id the graph knows, or says why it cannot.
// The article's own resolved mentions come first (its entities' names, then the surface forms it used), then the
// knowledge alias index; a name neither knows is never invented as a new node.
import type { ArticleDoc, Entity, NodeLabel } from "../../model/index.ts";
import type { Knowledge } from "../../pipeline/knowledge/compile.ts";
import { tokenizeSentences } from "../../pipeline/nlp/wink.ts";

export type Resolution = { id: string; label: NodeLabel } | { id: null; ruleId: "llm/unknown-entity" | "llm/wrong-label"; reason: string };

const ANAPHORIC: ReadonlySet<string> = new Set(["pronoun", "anaphor"]);

export type NameResolver = (name: string, sentence: number, want: NodeLabel | null) => Resolution;

export function nameResolver(doc: ArticleDoc, knowledge: Knowledge, entityOf: (id: string) => Entity | undefined): NameResolver {
  const mentions = (doc.data.mentions ?? []).filter((m) => m.entity !== null);
  const counts = new Map<string, number>();
  const bySentence = new Map<number, Set<string>>();
  for (const m of mentions) {
    counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
    const ids = bySentence.get(m.sentence) ?? new Set<string>();
    bySentence.set(m.sentence, ids.add(m.entity!));
  }

  const articleNames = new Map<string, Set<string>>();
  for (const id of counts.keys()) {
    const entity = entityOf(id);
    if (entity) for (const name of [entity.name, ...entity.aliases]) addTo(articleNames, nameKey(name), id);
  }
  const surfaces = new Map<string, Set<string>>();
  // Pronouns and anaphors are left out: "he" or "the pact" means something different in every sentence.
  for (const m of mentions) if (!ANAPHORIC.has(m.cue.via)) addTo(surfaces, nameKey(doc.text.slice(m.start, m.end)), m.entity!);

  const tiers: ((name: string) => Iterable<string>)[] = [
    (name) => lookUp(articleNames, name),
    (name) => lookUp(surfaces, name),
    (name) => aliasMatches(knowledge, name),
    (name) => (entityOf(name.trim()) ? [name.trim()] : []),
  ];

  return (name, sentence, want) => {
    const inSentence = bySentence.get(sentence) ?? new Set<string>();
    let wrongLabel: Entity | undefined;
    for (const tier of tiers) {
      const found = [...new Set(tier(name))].map(entityOf).filter((e): e is Entity => e !== undefined);
      const fitting = found.filter((e) => want === null || e.label === want);
      if (fitting.length === 0) {
        wrongLabel ??= found[0];
        continue;
      }
      // Several candidates ("Georgia"): the one this sentence mentions, else the one the article mentions most.
      fitting.sort(
        (a, b) =>
          Number(inSentence.has(b.id)) - Number(inSentence.has(a.id)) ||
          (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
          a.id.localeCompare(b.id),
      );
      return { id: fitting[0]!.id, label: fitting[0]!.label };
    }
    if (wrongLabel) return { id: null, ruleId: "llm/wrong-label", reason: `"${name}" is ${wrongLabel.name}, an ${wrongLabel.label}, where an ${want} is needed` };
    return { id: null, ruleId: "llm/unknown-entity", reason: `"${name}" is neither mentioned in the article nor a known alias` };
  };
}

/** Case-folded, whitespace-collapsed, without a leading "the", typographic apostrophes or wrapping quotes. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'“”]+|["'“”]+$/g, "")
    .toLowerCase()
    .replace(/^the /, "");
}

function lookUp(index: Map<string, Set<string>>, name: string): string[] {
  const key = nameKey(name);
  // A possessive the model copied from the text ("Trump's") names the possessor.
  const bare = key.replace(/'s$/, "");
  return [...(index.get(key) ?? []), ...(bare !== key ? (index.get(bare) ?? []) : [])];
}

/** The knowledge alias index, matched against the whole name (a partial match would be another entity). */
function aliasMatches(knowledge: Knowledge, name: string): string[] {
  const ids: string[] = [];
  const trimmed = name.trim();
  for (const candidate of new Set([trimmed, trimmed.replace(/^the\s+/i, "")])) {
    if (!candidate) continue;
    const tokens = tokenizeSentences(candidate, 0, candidate.length).flatMap((s) => s.tokens);
    const match = knowledge.aliases.match(tokens, candidate, 0);
    if (match && match.length === tokens.length) ids.push(...match.values);
  }
  return ids;
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  if (!key) return;
  const ids = index.get(key) ?? new Set<string>();
  index.set(key, ids.add(id));
}
