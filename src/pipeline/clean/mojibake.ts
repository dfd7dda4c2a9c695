// Mojibake repair: UTF-8 text that was once decoded as GB18030/GBK or Windows-1252 and saved again.
// Suspicious runs are encoded back to their bytes with iconv-lite and read as UTF-8; lost bytes are restored or guessed.
import iconv from "iconv-lite";
import type { Note } from "./paragraphs.ts";

/** Characters a GB18030 decoder produces from UTF-8 bytes: ideographs, CJK symbols, full-width forms, private use. */
const GB_CHARS = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ue000-\uf8ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef";
/** Characters Windows-1252 (or Latin-1) gives for bytes 0x80-0xFF. */
const CP_CHARS = "\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122";
const RUN = new RegExp(`([${GB_CHARS}\\ufffd]+)|([${CP_CHARS}\\ufffd]+)`, "gu");

/** Sentence punctuation of Chinese prose: a paragraph that has it is Chinese, and its ideographs are left alone. */
const CHINESE_PUNCTUATION = /[\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01\u300a-\u300f]/u;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** What a repaired run may contain: Latin, Greek, Cyrillic, punctuation, currency, letterlike symbols, emoji. */
const PLAUSIBLE = /^[\u0000-\u007f\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u{1f000}-\u{1faff}]*$/u;

const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** A character that stands for a byte the round trip could not keep, and that byte. */
const REPLACEMENT = "\ufffd";
const UNKNOWN = -1;

/** A decoded piece of a run: text, or a character whose last byte was lost ("E2 80 ?"). */
type Piece = { text: string; restored?: true } | { lost: true };

interface Candidate {
  run: string;
  start: number;
  encoding: "GB18030" | "Windows-1252";
  /** The run read back as UTF-8, or null when it is not mojibake. */
  pieces: Piece[] | null;
}

export function repairMojibake(paragraph: string): { text: string; notes: Note[] } {
  const candidates = [...paragraph.matchAll(RUN)].map((match): Candidate => {
    const [run, gbRun] = match;
    const pieces = gbRun ? decodeBytes(gbBytes(run)) : decodeCp1252(run);
    const usable = pieces && joined(pieces) !== run && acceptable(pieces) ? pieces : null;
    return { run, start: match.index, encoding: gbRun ? "GB18030" : "Windows-1252", pieces: usable };
  });
  const trusted = trustGb(paragraph, candidates);
  const notes: Note[] = [];
  let text = "";
  let last = 0;
  for (const candidate of candidates) {
    const { run, start, encoding, pieces } = candidate;
    text += paragraph.slice(last, start);
    last = start + run.length;
    if (!pieces || (encoding === "GB18030" && !trusted.has(candidate))) {
      text += run;
      continue;
    }
    const runStart = text.length;
    for (const [index, piece] of pieces.entries()) {
      if (!("lost" in piece)) {
        text += piece.text;
        continue;
      }
      const guess = guessLost(text, joined(pieces.slice(index + 1)) + paragraph.slice(last));
      notes.push({
        ruleId: "clean/mojibake:guess",
        reason: `a byte of a UTF-8 character was lost in a ${encoding} round trip; guessed "${guess}" from context`,
        span: { start: text.length, end: text.length + guess.length },
      });
      text += guess;
    }
    if (joined(pieces) !== "") {
      const restored = pieces.some((piece) => "restored" in piece);
      notes.push({
        ruleId: "clean/mojibake",
        reason: `repaired "${run}" to "${text.slice(runStart)}" (UTF-8 read as ${encoding}${restored ? "; restored a lost 0x80 byte" : ""})`,
        span: { start: runStart, end: text.length },
      });
    }
  }
  return { text: text + paragraph.slice(last), notes };
}

/**
 * Which GB18030 readings to believe. Never in Chinese prose. Lossy recovery guesses, so only inside
 * Latin text. A lone ideograph between spaces that happens to re-encode as one accented letter
 * ("梅" as "÷") is more likely a Chinese word than mojibake, unless the paragraph is plainly mojibake
 * elsewhere: mis-decoded letters sit glued to their word, punctuation and longer runs speak for themselves.
 */
function trustGb(paragraph: string, candidates: Candidate[]): Set<Candidate> {
  if (CHINESE_PUNCTUATION.test(paragraph)) return new Set();
  const ideographs = paragraph.match(new RegExp(`[${GB_CHARS}]`, "gu"))?.length ?? 0;
  const latin = (paragraph.match(/[A-Za-z]/g)?.length ?? 0) >= ideographs;
  const gb = candidates.filter((candidate) => candidate.encoding === "GB18030" && candidate.pieces);
  const lossy = (pieces: Piece[]) => pieces.some((piece) => "lost" in piece || "restored" in piece);
  const evident = gb.filter(({ run, start, pieces }) => {
    const decoded = joined(pieces ?? []).replace(/[\u0000-\u007f]/g, "");
    const touching = /[\p{L}\p{N}]/u.test(paragraph.charAt(start - 1) + paragraph.charAt(start + run.length));
    return touching || decoded.length > 1 || /[\u2000-\u206f\u{1f000}-\u{1faff}]/u.test(decoded);
  });
  return new Set(gb.filter((candidate) => (lossy(candidate.pieces ?? []) ? latin : evident.length > 0)));
}

function joined(pieces: Piece[]): string {
  return pieces.map((piece) => ("text" in piece ? piece.text : "")).join("");
}

function acceptable(pieces: Piece[]): boolean {
  const text = joined(pieces);
  return !CJK.test(text) && PLAUSIBLE.test(text);
}

/** The bytes a run came from; a replacement character stands for one unknown byte. */
function gbBytes(run: string): number[] {
  return run.split(REPLACEMENT).flatMap((part, index) => [...(index > 0 ? [UNKNOWN] : []), ...iconv.encode(part, "gb18030")]);
}

/**
 * Reads bytes as UTF-8, recovering what a lossy round trip dropped: General Punctuation is E2 80 xx,
 * so "E2 xx" lost its 0x80, and "E2 80" before a non-continuation byte (or an unknown one) lost its
 * last byte. Anything else that is not UTF-8 means the run was not mojibake: null.
 */
function decodeBytes(bytes: number[]): Piece[] | null {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? UNKNOWN;
    const length = sequenceLength(bytes, i);
    if (byte >= 0 && byte < 0x80) {
      pieces.push({ text: String.fromCharCode(byte) });
      i += 1;
    } else if (length > 0) {
      pieces.push({ text: UTF8.decode(Uint8Array.from(bytes.slice(i, i + length))) });
      i += length;
    } else if (byte === 0xe2 && bytes[i + 1] === 0x80) {
      pieces.push({ lost: true });
      i += bytes[i + 2] === UNKNOWN ? 3 : 2;
    } else if (byte === 0xe2 && isContinuation(bytes[i + 1])) {
      pieces.push({ text: UTF8.decode(Uint8Array.of(0xe2, 0x80, bytes[i + 1] ?? 0)), restored: true });
      i += 2;
    } else {
      return null;
    }
  }
  return pieces;
}

/**
 * Windows-1252 is one byte per character, so only the characters that form valid UTF-8 are
 * replaced and any genuine accented letter or curly quote beside them stays as it is.
 */
function decodeCp1252(run: string): Piece[] {
  const chars = [...run];
  // C1 controls are what a Latin-1 decoder (or WHATWG Windows-1252, for its five holes) made of 0x80-0x9F.
  const byteOf = (char: string) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : (iconv.encode(char, "windows-1252")[0] ?? UNKNOWN));
  const bytes = chars.map((char) => (char === REPLACEMENT ? UNKNOWN : byteOf(char)));
  const pieces: Piece[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    const decoded = length > 0 ? UTF8.decode(Uint8Array.from(bytes.slice(i, i + length))) : "";
    if (length > 0 && !CJK.test(decoded) && PLAUSIBLE.test(decoded)) {
      pieces.push({ text: decoded });
      i += length;
    } else if (bytes[i] === 0xe2 && bytes[i + 1] === 0x80 && (i + 2 === bytes.length || bytes[i + 2] === UNKNOWN)) {
      // "â€" and then nothing of the run: the third byte was dropped or replaced (often 0x9D, a hole in Windows-1252).
      pieces.push({ lost: true });
      i += bytes[i + 2] === UNKNOWN ? 3 : 2;
    } else {
      pieces.push({ text: chars[i] ?? "" });
      i += 1;
    }
  }
  return pieces;
}

/** Length of the valid multi-byte UTF-8 sequence starting at `i`, or 0. */
function sequenceLength(bytes: number[], i: number): number {
  const lead = bytes[i] ?? UNKNOWN;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  try {
    UTF8.decode(Uint8Array.from(bytes.slice(i, i + length)));
    return length;
  } catch {
    return 0;
  }
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * The most plausible General Punctuation character for one whose last byte is gone, from its
 * neighbours: an opening quote before a word, an apostrophe in a contraction, a dash between words,
 * and after a word a closing quote if one is open, else an apostrophe (plural possessive).
 */
export function guessLost(before: string, after: string): string {
  const previous = before.slice(-1);
  const next = after.slice(0, 1);
  const letterNext = /[\p{L}\p{N}]/u.test(next);
  if (letterNext && (previous === "" || /[\s([{]/u.test(previous))) return "“";
  if (letterNext && /[\p{L}\p{N}]/u.test(previous)) {
    return /^(?:s|t|d|m|ll|re|ve)(?![\p{L}])/u.test(after) ? "’" : "—";
  }
  if (before.lastIndexOf("“") > before.lastIndexOf("”")) return "”";
  if (/\p{L}/u.test(previous)) return "’";
  if (/[.,!?;:]/u.test(previous)) return "”";
  return "—";
}
