// Site chrome removal: paragraphs that belong to the page, not the article (buttons, polls, captions, footers).
// The knowledge is in data/cleaning/chrome.json; this file only applies it.
import { CAPTURES, CHROME_RULES, type Capture, type ChromeRules } from "./chrome-rules.ts";
import { excerpt, PARAGRAPH_BREAK, type Removal } from "./paragraphs.ts";

export interface ChromeResult {
  removals: Removal[];
  /** What removed lines said about the article, in text order: outlet names and dates as written. */
  captures: Record<Capture, string[]>;
}

/**
 * Tests each paragraph against the block rules, then the line rules, first match wins.
 * Position limits are shares of the text before the paragraph, so a footer rule cannot eat the lead.
 */
export function stripChrome(paragraphs: string[], rules: ChromeRules = CHROME_RULES): ChromeResult {
  const positions = sharesBefore(paragraphs);
  const removals: Removal[] = [];
  const captures: Record<Capture, string[]> = { source: [], published: [] };
  const within = (rule: { after: number; before: number }, index: number) =>
    (positions[index] ?? 0) >= rule.after && (positions[index] ?? 0) <= rule.before;

  let index = 0;
  while (index < paragraphs.length) {
    const text = paragraphs[index] ?? "";
    const block = rules.blocks.find((rule) => within(rule, index) && rule.start.some((start) => start.test(text)));
    const end = block ? blockEnd(block, paragraphs, index) : null;
    if (block && end !== null) {
      const indices = range(index, end);
      record(captures, block.start, text);
      removals.push({
        indices,
        ruleId: `clean/chrome:${block.id}`,
        reason: `removed ${block.description} (${indices.length} paragraph${indices.length === 1 ? "" : "s"}): ${excerpt(text)}`,
      });
      index = end;
      continue;
    }
    const line = rules.lines.find((rule) => within(rule, index) && rule.patterns.some((pattern) => pattern.test(text)));
    if (line) {
      record(captures, line.patterns, text);
      removals.push({ indices: [index], ruleId: `clean/chrome:${line.id}`, reason: `removed ${line.description}: ${excerpt(text)}` });
    }
    index += 1;
  }
  return { removals, captures };
}

/** The index after the block that starts at `start`, or null when it lacks its required body. */
function blockEnd(rule: ChromeRules["blocks"][number], paragraphs: string[], start: number): number | null {
  if (rule.toEnd) return paragraphs.length;
  let end = start + 1;
  while (end < paragraphs.length) {
    const text = paragraphs[end] ?? "";
    const following = paragraphs[end + 1];
    const belongs = rule.body.some(
      ({ pattern, next }) => pattern.test(text) && (!next || (following !== undefined && next.test(following))),
    );
    if (!belongs) break;
    end += 1;
  }
  return end - start - 1 >= rule.minBody ? end : null;
}

function record(captures: Record<Capture, string[]>, patterns: RegExp[], text: string): void {
  const groups = patterns.map((pattern) => pattern.exec(text)?.groups).find((found) => found !== undefined);
  for (const name of CAPTURES) {
    const value = groups?.[name]?.trim();
    if (value) captures[name].push(value);
  }
}

/** For each paragraph, the share of the article's characters that come before it. */
function sharesBefore(paragraphs: string[]): number[] {
  const total = paragraphs.reduce((sum, text) => sum + text.length + PARAGRAPH_BREAK.length, 0) || 1;
  let before = 0;
  return paragraphs.map((text) => {
    const share = before / total;
    before += text.length + PARAGRAPH_BREAK.length;
    return share;
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}
