// A token-level trie of phrases (aliases, titles, role words) for longest-match lookup in sentences.
// Case matters where the phrase says so: "US" never matches "us", "Congress" needs its capital.
import type { Token } from "../../model/index.ts";
import { tokenizeSentences } from "../nlp/wink.ts";

type CaseRule = "any" | "capitalised" | "upper";

interface TrieNode<V> {
  next: Map<string, { rule: CaseRule; node: TrieNode<V> }[]>;
  values: V[];
}

export interface PhraseMatch<V> {
  /** Number of tokens matched. */
  length: number;
  values: V[];
}

export class PhraseIndex<V> {
  private root: TrieNode<V> = { next: new Map(), values: [] };

  add(phrase: string, value: V): void {
    let node = this.root;
    for (const token of phraseTokens(phrase)) {
      const branches = node.next.get(token.normal) ?? [];
      let branch = branches.find((b) => b.rule === token.rule);
      if (!branch) {
        branch = { rule: token.rule, node: { next: new Map(), values: [] } };
        branches.push(branch);
        // "Russia's" in a dictionary meets "Russia’s" in an article: both apostrophes lead to the same branches.
        for (const key of apostropheForms(token.normal)) node.next.set(key, branches);
      }
      node = branch.node;
    }
    if (node !== this.root && !node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at tokens[at], or null. */
  match(tokens: readonly Token[], text: string, at: number): PhraseMatch<V> | null {
    let best: PhraseMatch<V> | null = null;
    let frontier: TrieNode<V>[] = [this.root];
    for (let i = at; i < tokens.length && frontier.length > 0; i++) {
      const token = tokens[i]!;
      const surface = text.slice(token.start, token.end);
      const advanced: TrieNode<V>[] = [];
      for (const node of frontier) {
        for (const branch of node.next.get(token.normal) ?? []) {
          if (satisfies(surface, branch.rule)) advanced.push(branch.node);
        }
      }
      for (const node of advanced) {
        if (node.values.length > 0) best = { length: i - at + 1, values: node.values };
      }
      frontier = advanced;
    }
    return best;
  }
}

/** A word as written with each apostrophe, typewriter or typographic; most words have none and one form. */
function apostropheForms(normal: string): string[] {
  if (!/['’‘]/.test(normal)) return [normal];
  const plain = normal.replace(/[’‘]/g, "'");
  return [plain, plain.replace(/'/g, "’"), plain.replace(/'/g, "‘")];
}

function phraseTokens(phrase: string): { normal: string; rule: CaseRule }[] {
  return tokenizeSentences(phrase, 0, phrase.length)
    .flatMap((s) => s.tokens)
    .map((t) => ({ normal: t.normal, rule: caseRule(phrase.slice(t.start, t.end)) }));
}

function caseRule(surface: string): CaseRule {
  const letters = surface.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "upper";
  if (/^\p{Lu}/u.test(surface)) return "capitalised";
  return "any";
}

function satisfies(surface: string, rule: CaseRule): boolean {
  if (rule === "upper") return surface === surface.toUpperCase();
  if (rule === "capitalised") return /^\p{Lu}/u.test(surface);
  return true;
}
