// Article metadata from what the page or the text states: title, outlet, publication date.
// Nothing is guessed from the file name; a field the text does not give stays null.
import type { ArticleMeta } from "../../model/document.ts";
import type { Capture } from "./chrome-rules.ts";
import { parseDate } from "./dates.ts";

/** Headlines are short; a longer first paragraph is the lead. */
const MAX_TITLE_LENGTH = 200;
const MAX_TITLE_WORDS = 25;

/**
 * Combines, in order of trust: what the page declares (HTML metadata, markdown front matter),
 * what removed chrome lines said (a blog banner, a dateline), and the first paragraph as the title.
 */
export function readMeta(
  paragraphs: string[],
  captures: Record<Capture, string[]>,
  page: Partial<ArticleMeta> = {},
): ArticleMeta {
  const dates = [page.published, ...captures.published].flatMap((value) => (value ? [parseDate(value)] : []));
  return {
    title: page.title || titleOf(paragraphs),
    source: page.source || captures.source[0] || null,
    published: dates.find((date) => date !== null) ?? null,
  };
}

/** The first paragraph, when it reads as a headline: short, more than one word, no closing punctuation. */
function titleOf(paragraphs: string[]): string | null {
  const [first, second] = paragraphs;
  if (first === undefined || second === undefined) return null;
  const words = first.split(" ").length;
  const headline =
    first.length <= MAX_TITLE_LENGTH && words >= 2 && words <= MAX_TITLE_WORDS && /\p{L}/u.test(first) && !/[.,;:!?…]$/u.test(first);
  return headline ? first : null;
}
