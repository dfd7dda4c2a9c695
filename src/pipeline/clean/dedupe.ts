// Repeated paragraphs: scraped pages repeat the lead, a teaser or a pull quote. Each sentence should be in
// the text once, or later stages extract the same claim twice.
import { excerpt, type Removal } from "./paragraphs.ts";

/** Shorter repeats ("Yes.", a one-word heading) can be deliberate, so verbatim repeats need this many words. */
const MIN_WORDS = 4;
/** A paragraph must be at least this long to count as a teaser or pull quote repeated inside a longer one. */
const MIN_CONTAINED_LENGTH = 60;

/**
 * Drops later verbatim repeats of a paragraph (the first occurrence stays), and full-sentence
 * paragraphs that appear word for word inside a longer paragraph (the longer one stays).
 * `skip` holds paragraphs already removed, which neither count nor are removed again.
 */
export function findDuplicates(paragraphs: string[], skip: ReadonlySet<number> = new Set()): Removal[] {
  const live = paragraphs.map((text, index) => ({ text, index })).filter(({ index }) => !skip.has(index));
  const removals: Removal[] = [];
  const seen = new Set<string>();
  const kept: { text: string; index: number }[] = [];
  for (const paragraph of live) {
    if (seen.has(paragraph.text) && paragraph.text.split(" ").length >= MIN_WORDS) {
      removals.push({
        indices: [paragraph.index],
        ruleId: "clean/dedupe",
        reason: `removed a repeat of an earlier paragraph: ${excerpt(paragraph.text)}`,
      });
      continue;
    }
    seen.add(paragraph.text);
    kept.push(paragraph);
  }
  for (const paragraph of kept) {
    const container = kept.find((other) => other !== paragraph && containedIn(paragraph.text, other.text));
    if (container) {
      removals.push({
        indices: [paragraph.index],
        ruleId: "clean/dedupe",
        reason: `removed a paragraph repeated inside a longer one (${excerpt(container.text, 30)}): ${excerpt(paragraph.text)}`,
      });
    }
  }
  return removals.sort((a, b) => (a.indices[0] ?? 0) - (b.indices[0] ?? 0));
}

/**
 * True when `short` is a whole sentence or more that occurs in `long` at word boundaries, ignoring the
 * case of its first letter ("The current positions…" inside "In sum, the current positions…").
 */
function containedIn(short: string, long: string): boolean {
  if (short.length < MIN_CONTAINED_LENGTH || long.length <= short.length || !/[.!?…"”’)]$/u.test(short)) return false;
  const variants = new Set([short, short.charAt(0).toLowerCase() + short.slice(1)]);
  for (const variant of variants) {
    let at = long.indexOf(variant);
    while (at !== -1) {
      const end = at + variant.length;
      if ((at === 0 || long.charAt(at - 1) === " ") && (end === long.length || long.charAt(end) === " ")) return true;
      at = long.indexOf(variant, at + 1);
    }
  }
  return false;
}
