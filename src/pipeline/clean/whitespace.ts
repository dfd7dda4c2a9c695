// Whitespace normalisation: one line-ending convention, no invisible characters, tidy spaces,
// and the text cut into paragraphs (a scraped page puts one paragraph per line; wrapped text is re-joined).

/** Lines longer than this are never the product of hard wrapping. */
const MAX_WRAPPED_LINE = 100;
/** Fewer lines than this give too little evidence to call a text hard-wrapped. */
const MIN_WRAPPED_LINES = 6;

/**
 * Splits text into paragraphs with whitespace normalised inside each. Blank lines always separate
 * paragraphs; a single line break does too, unless the text reads as hard-wrapped prose (and
 * `joinWrappedLines` allows re-joining it).
 */
export function splitParagraphs(text: string, joinWrappedLines: boolean): string[] {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").split("\n").map(normaliseLine);
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === "") blocks.push([]);
    else blocks[blocks.length - 1]?.push(line);
  }
  const filled = blocks.filter((block) => block.length > 0);
  if (joinWrappedLines && looksHardWrapped(filled)) return filled.flatMap(joinBlock);
  return filled.flat();
}

/**
 * Zero-width characters and soft hyphens split words for later stages, so they go; exotic spaces
 * become plain ones. A soft hyphen or no-break space right after Â–ô is left alone: it is probably
 * half of a mis-decoded UTF-8 character ("Ã\u00ad" is "í") that the mojibake step restores.
 */
function normaliseLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]|[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/(?<![\u00c2-\u00f4])\u00ad/g, "")
    .replace(/(?<![\u00c2-\u00f4])\u00a0/g, " ")
    .replace(/[\t\u1680\u2000-\u200a\u202f\u205f]/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/^ +| +$/g, "");
}

/**
 * Hard-wrapped prose has short lines that run on within a block and mostly break mid-sentence;
 * a scraped page has one paragraph per line, each ending in punctuation.
 */
function looksHardWrapped(blocks: string[][]): boolean {
  const lines = blocks.flat();
  if (lines.length < MIN_WRAPPED_LINES || lines.some((line) => line.length > MAX_WRAPPED_LINE)) return false;
  const runOn = blocks.flatMap((block) => block.slice(0, -1));
  const midSentence = runOn.filter((line) => !/[.!?:"”’)]$/.test(line));
  return runOn.length >= lines.length / 2 && midSentence.length >= runOn.length / 2;
}

/** A list item starts a new paragraph even inside a wrapped block. */
const LIST_ITEM = /^(?:[-*•]|\d{1,3}[.)])\s/;

function joinBlock(block: string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of block) {
    const last = paragraphs.length - 1;
    const previous = paragraphs[last];
    if (previous === undefined || LIST_ITEM.test(line)) paragraphs.push(line);
    // A line that ends in a hyphen was broken inside a compound ("military-/to-military").
    else paragraphs[last] = previous.endsWith("-") ? previous + line : `${previous} ${line}`;
  }
  return paragraphs;
}
