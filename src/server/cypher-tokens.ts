// Splits Cypher into tokens the way the database's lexer does, so the guard sees keywords and names and never the
// insides of strings or comments. Where the two could disagree, it errs towards seeing more code, not less.

export type TokenKind = "word" | "quoted" | "string" | "number" | "param" | "punct";

export interface Token {
  kind: TokenKind;
  /** word: the text upper-cased (for keyword checks); quoted: the name between the backticks; else the source text. */
  value: string;
  /** The text as written (a quoted name keeps its backticks). */
  text: string;
  start: number;
}

const WORD_START = /[\p{ID_Start}_]/u;
const WORD_PART = /[\p{ID_Continue}]/u;
const NUMBER_PART = /[0-9A-Za-z_]/;
/**
 * A line comment ends at any of these. The database may end one only at \n or \r; ending it earlier here shows the
 * guard more of the query, which can only make it refuse more.
 */
const LINE_END = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = String.fromCodePoint(query.codePointAt(i)!);
    const next = query[i + 1];
    if (/\s/u.test(char)) {
      i += char.length;
    } else if (char === "/" && next === "/") {
      i += 2;
      while (i < query.length && !LINE_END.test(query[i]!)) i += 1;
    } else if (char === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      // Unterminated: the database refuses the query as a syntax error, so nothing after it can run.
      i = end === -1 ? query.length : end + 2;
    } else if (char === "'" || char === '"') {
      const start = i;
      i = endOfQuoted(query, i, char, true);
      tokens.push({ kind: "string", value: query.slice(start, i), text: query.slice(start, i), start });
    } else if (char === "`") {
      const start = i;
      i = endOfQuoted(query, i, "`", false);
      const inner = query.slice(start + 1, Math.max(start + 1, i - 1)).replaceAll("``", "`");
      tokens.push({ kind: "quoted", value: inner, text: query.slice(start, i), start });
    } else if (char === "$") {
      const start = i;
      i += 1;
      if (query[i] === "`") i = endOfQuoted(query, i, "`", false);
      else while (i < query.length && WORD_PART.test(String.fromCodePoint(query.codePointAt(i)!))) i += String.fromCodePoint(query.codePointAt(i)!).length;
      tokens.push({ kind: "param", value: query.slice(start, i), text: query.slice(start, i), start });
    } else if (/[0-9]/.test(char)) {
      const start = i;
      while (i < query.length && NUMBER_PART.test(query[i]!)) i += 1;
      // A fraction only when a digit follows the dot: `1..3` is a range and `x.y` stays a property.
      if (query[i] === "." && /[0-9]/.test(query[i + 1] ?? "")) {
        i += 1;
        while (i < query.length && NUMBER_PART.test(query[i]!)) i += 1;
      }
      tokens.push({ kind: "number", value: query.slice(start, i), text: query.slice(start, i), start });
    } else if (WORD_START.test(char)) {
      const start = i;
      i += char.length;
      while (i < query.length) {
        const part = String.fromCodePoint(query.codePointAt(i)!);
        if (!WORD_PART.test(part)) break;
        i += part.length;
      }
      const text = query.slice(start, i);
      tokens.push({ kind: "word", value: text.toUpperCase(), text, start });
    } else {
      tokens.push({ kind: "punct", value: char, text: char, start: i });
      i += char.length;
    }
  }
  return tokens;
}

/** The index just past a quoted run starting at `start`; backslash escapes in strings, doubled backticks in names. */
function endOfQuoted(query: string, start: number, quote: string, backslash: boolean): number {
  let i = start + 1;
  while (i < query.length) {
    const char = query[i];
    if (backslash && char === "\\") {
      i += 2;
    } else if (char === quote) {
      if (quote === "`" && query[i + 1] === "`") i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return query.length;
}
