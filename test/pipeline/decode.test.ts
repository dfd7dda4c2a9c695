import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { checkSize, decode, DEFAULT_MAX_BYTES } from "../../src/pipeline/decode.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an InputError");
}

describe("decode", () => {
  describe("refuses input it cannot read", () => {
    it("refuses an empty file", () => {
      const error = refusal(() => decode(new Uint8Array()));
      expect(error.name).toBe("InputError");
      expect(error.message).toMatch(/empty/);
    });

    it("refuses a file of only whitespace", () => {
      expect(refusal(() => decode(utf8(" \n\t\r\n  "))).message).toMatch(/empty/);
    });

    it("refuses a file that is only a byte-order mark", () => {
      expect(refusal(() => decode(Uint8Array.of(0xef, 0xbb, 0xbf))).message).toMatch(/empty/);
    });

    it("calls a file with NUL bytes a binary file", () => {
      const error = refusal(() => decode(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41)));
      expect(error.name).toBe("InputError");
      expect(error.message).toBe("binary file");
    });

    it("calls a file full of control characters a binary file", () => {
      const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41));
      expect(refusal(() => decode(bytes)).message).toBe("binary file");
    });

    it("accepts text with the odd form feed or tab", () => {
      expect(decode(utf8("Section 1\fSection 2\twith a tab")).text).toBe("Section 1\fSection 2\twith a tab");
    });

    it("refuses input over the limit, naming the size and the limit", () => {
      const error = refusal(() => decode(utf8("x".repeat(3000)), { maxBytes: 2048 }));
      expect(error.name).toBe("InputError");
      expect(error.message).toMatch(/2\.9 KiB/);
      expect(error.message).toMatch(/2\.0 KiB limit/);
    });

    it("has a default limit of 10 MiB", () => {
      expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
      expect(() => checkSize(DEFAULT_MAX_BYTES)).not.toThrow();
      expect(refusal(() => checkSize(20 * 1024 * 1024)).message).toBe("file too large: 20.0 MiB, over the 10.0 MiB limit");
    });

    it("checks the size before anything else, so a huge binary file is refused as too large", () => {
      expect(refusal(() => decode(new Uint8Array(4096), { maxBytes: 1024 })).message).toMatch(/too large/);
    });
  });

  describe("encodings", () => {
    it("decodes valid UTF-8 as it is, without messages", () => {
      const result = decode(utf8("Putin’s “bilateral” talks — in Helsinki, café"));
      expect(result.text).toBe("Putin’s “bilateral” talks — in Helsinki, café");
      expect(result.messages).toEqual([]);
    });

    it("strips a UTF-8 byte-order mark", () => {
      expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8("Moscow"))).text).toBe("Moscow");
    });

    it("reads a GBK-encoded Chinese sentence as GB18030 and warns", () => {
      const sentence = "中华人民共和国外交部发言人表示，中方欢迎美俄领导人在赫尔辛基会晤。";
      const result = decode(iconv.encode(sentence, "gbk"));
      expect(result.text).toBe(sentence);
      expect(result.messages).toEqual([
        {
          reason: "not valid UTF-8; decoded as GB18030 (Chinese)",
          ruleId: "decode/not-utf8",
          source: "pipeline/decode",
          fatal: false,
        },
      ]);
    });

    it("reads a Latin-1 byte string as Windows-1252 and warns", () => {
      const result = decode(iconv.encode("Le café de la façade, à Paris: naïve crème brûlée.", "latin1"));
      expect(result.text).toBe("Le café de la façade, à Paris: naïve crème brûlée.");
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]?.ruleId).toBe("decode/not-utf8");
      expect(result.messages[0]?.reason).toMatch(/Windows-1252/);
    });

    it("reads Windows-1252 curly quotes and dashes", () => {
      const bytes = Uint8Array.of(0x93, ...utf8("Nyet"), 0x94, 0x20, 0x97, 0x20, ...utf8("Lavrov"), 0x92, ...utf8("s reply"));
      expect(decode(bytes).text).toBe("“Nyet” — Lavrov’s reply");
    });

    it("does not take accented Latin text for Chinese even when its bytes form GBK pairs", () => {
      expect(decode(iconv.encode("Éléonore était très émue", "latin1")).text).toBe("Éléonore était très émue");
    });

    it("decodes UTF-16 with a byte-order mark rather than calling it binary", () => {
      const bytes = Uint8Array.of(0xff, 0xfe, ...iconv.encode("Kremlin", "utf-16le"));
      expect(decode(bytes).text).toBe("Kremlin");
    });
  });

  describe("format", () => {
    it("calls plain text text", () => {
      expect(decode(utf8("Putin met Trump.\nThey talked.")).format).toBe("text");
    });

    it("detects an HTML document by its doctype even with a text hint", () => {
      expect(decode(utf8("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), { hint: "text" }).format).toBe("html");
    });

    it("detects HTML that starts with <html> after a comment", () => {
      expect(decode(utf8("<!-- saved page -->\n<html><p>Hi</p></html>")).format).toBe("html");
    });

    it("detects an HTML fragment made of paragraphs in a .txt file", () => {
      expect(decode(utf8("<p>First paragraph.</p>\n<p>Second paragraph.</p>")).format).toBe("html");
    });

    it("keeps text that mentions a tag once as text", () => {
      expect(decode(utf8("Engineers found a <script> tag in the Kremlin page.")).format).toBe("text");
    });

    it("treats an .html file without a single tag as text", () => {
      expect(decode(utf8("Just words.\nOn lines."), { hint: "html" }).format).toBe("text");
    });

    it("treats an .html file with tags as HTML", () => {
      expect(decode(utf8("<div>Putin</div>"), { hint: "html" }).format).toBe("html");
    });

    it("leaves markdown with inline tags as text for the markdown cleaner", () => {
      expect(decode(utf8("# Title\n\nA line<br>and <p>inline</p> html."), { hint: "markdown" }).format).toBe("text");
    });
  });
});
