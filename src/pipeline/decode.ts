// Stage 1: bytes to text. Refuses input we cannot read (empty, binary, too large),
// picks the encoding (UTF-8, else GB18030 or Windows-1252 with a warning) and tells HTML from text.
import iconv from "iconv-lite";
import type { Message } from "../model/document.ts";
import { InputError } from "../model/errors.ts";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The file kind the extension suggests; markdown decodes as text and is stripped in clean. */
export type FormatHint = "text" | "markdown" | "html";

export interface DecodeOptions {
  maxBytes?: number;
  hint?: FormatHint;
}

export interface Decoded {
  text: string;
  format: "text" | "html";
  messages: Message[];
}

/** Above this share of control bytes the input is not text, even without NUL bytes. */
const MAX_CONTROL_SHARE = 0.1;
/** GB18030 is chosen only when at least this share of the letters it yields are CJK. */
const MIN_CJK_SHARE = 0.5;

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  checkSize(bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new InputError("empty file");
  const utf16 = utf16Encoding(bytes);
  if (!utf16 && looksBinary(bytes)) throw new InputError("binary file");

  const messages: Message[] = [];
  const text = utf16 ? new TextDecoder(utf16).decode(bytes) : decodeText(bytes, messages);
  if (text.trim() === "") throw new InputError("empty file (whitespace only)");
  return { text, format: detectFormat(text, options.hint ?? "text"), messages };
}

/** Throws when a file of `size` bytes is over the limit; the CLI calls it before reading a file. */
export function checkSize(size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    throw new InputError(`file too large: ${formatSize(size)}, over the ${formatSize(maxBytes)} limit`);
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** UTF-16 text is full of NUL bytes, so its byte-order mark is honoured before the binary check. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return are text.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) control++;
  }
  return control / bytes.length > MAX_CONTROL_SHARE;
}

function decodeText(bytes: Uint8Array, messages: Message[]): string {
  try {
    // The default decoder strips a UTF-8 byte-order mark.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const gb = new TextDecoder("gb18030").decode(bytes);
    const encoding = isMostlyCjk(gb) ? "gb18030" : "windows-1252";
    messages.push({
      reason: `not valid UTF-8; decoded as ${encoding === "gb18030" ? "GB18030 (Chinese)" : "Windows-1252 (Latin-1)"}`,
      ruleId: "decode/not-utf8",
      source: "pipeline/decode",
      fatal: false,
    });
    return encoding === "gb18030" ? gb : decodeWindows1252(bytes);
  }
}

/** What Windows-1252 makes of 0x80-0x9F; its five undefined bytes keep their C1 code points, as WHATWG specifies. */
const CP1252_HIGH = [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252")].map(
  (char, i) => (char === "\uFFFD" ? String.fromCharCode(0x80 + i) : char),
);

/** Node 20's TextDecoder reads "windows-1252" as ISO-8859-1, so the 0x80-0x9F punctuation is put right after it. */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** Latin-1 bytes read as GB18030 give stray ideographs and replacement characters; Chinese gives mostly ideographs. */
function isMostlyCjk(text: string): boolean {
  if (text.includes("\uFFFD")) return false;
  const cjk = text.match(/[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f]/gu)?.length ?? 0;
  return cjk > 0 && cjk / (cjk + latin) >= MIN_CJK_SHARE;
}

const HTML_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAG = /<\/?(?:html|head|body|p|div|article|br)\b[^>]*>/gi;
const ANY_TAG = /<[a-z!/][^>]*>/i;

/**
 * Content decides, the extension only tips the balance: a .txt that is a saved web page is HTML,
 * an .html file without a single tag is text, and markdown may carry a few inline tags.
 */
function detectFormat(text: string, hint: FormatHint): "text" | "html" {
  if (HTML_DOCUMENT.test(text)) return "html";
  if (hint === "html") return ANY_TAG.test(text) ? "html" : "text";
  if (hint === "markdown") return "text";
  return (text.match(HTML_TAG)?.length ?? 0) >= 2 ? "html" : "text";
}
