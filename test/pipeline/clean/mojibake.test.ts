import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { guessLost, repairMojibake } from "../../../src/pipeline/clean/mojibake.ts";

/** UTF-8 text read as GBK and saved again; bytes GBK cannot pair become U+FFFD. */
const asGbk = (text: string) => iconv.decode(Buffer.from(text, "utf8"), "gbk");
/** UTF-8 text read as Windows-1252 and saved again; undefined bytes become U+FFFD. */
const asCp1252 = (text: string) => iconv.decode(Buffer.from(text, "utf8"), "windows-1252");
const repaired = (text: string) => repairMojibake(text).text;
const CJK = /[\u3400-\u9fff]/u;

describe("mojibake: UTF-8 read as GB18030", () => {
  it("repairs an apostrophe that swallowed the next letter", () => {
    expect(repaired("toward Putin鈥檚 purposes")).toBe("toward Putin’s purposes");
  });

  it("repairs opening quotes and dashes", () => {
    expect(repaired("prohibits 鈥渂ilateral cooperation")).toBe("prohibits “bilateral cooperation");
    expect(repaired("Trump鈥攁nd Putin")).toBe("Trump—and Putin");
    expect(repaired("a Changing US鈥揜ussia Relationship")).toBe("a Changing US–Russia Relationship");
  });

  it("repairs what iconv-lite makes of a whole sentence, lost bytes included", () => {
    const original = "The minister’s “red lines” were clear — and Moscow’s “reset” was over.";
    const garbled = asGbk(original);
    expect(garbled).toMatch(CJK);
    expect(repaired(garbled)).toBe(original);
  });

  it("repairs accented letters glued to their word", () => {
    expect(repaired(asGbk("The café in Zürich, naïve résumé"))).toBe("The café in Zürich, naïve résumé");
  });

  it("repairs Cyrillic and emoji", () => {
    expect(repaired(asGbk("Путин и Трамп"))).toBe("Путин и Трамп");
    expect(repaired(asGbk("a smile 😀 here"))).toBe("a smile 😀 here");
  });

  describe("bytes lost in the round trip", () => {
    it("guesses a dash between two words", () => {
      expect(repaired("an expression in Russian鈥medvezhya usluga")).toBe("an expression in Russian—medvezhya usluga");
    });

    it("restores the 0x80 lost between E2 and the last byte", () => {
      expect(repaired("“a bear’s service鈥濃攄escribing a gesture")).toBe("“a bear’s service”—describing a gesture");
    });

    it("closes an open quote", () => {
      expect(repaired("it was 鈥渞eady to talk.鈥 Russian news")).toBe("it was “ready to talk.” Russian news");
      expect(repaired("cited 鈥渁greements鈥 ostensibly reached")).toBe("cited “agreements” ostensibly reached");
    });

    it("reads a plural possessive when no quote is open", () => {
      expect(repaired("the two countries鈥 ministers")).toBe("the two countries’ ministers");
    });

    it("keeps quotes that were not lost", () => {
      expect(repaired("remarked. 鈥淚t鈥檚 not that")).toBe("remarked. “It’s not that");
    });

    it("treats a replacement character after the lead bytes as the lost byte", () => {
      expect(repaired("he said 鈥渘o鈥\ufffd and left")).toBe("he said “no” and left");
    });

    it("records each guess as a warning with the span of the guessed character", () => {
      const { text, notes } = repairMojibake("in Russian鈥medvezhya usluga");
      const guess = notes.find((note) => note.ruleId === "clean/mojibake:guess");
      expect(guess?.span).toEqual({ start: 10, end: 11 });
      expect(text.slice(guess?.span.start, guess?.span.end)).toBe("—");
      expect(guess?.reason).toMatch(/lost/);
    });
  });

  it("records every repair with a span over the repaired text", () => {
    const { text, notes } = repairMojibake("Putin鈥檚 and Trump鈥檚 aims");
    expect(text).toBe("Putin’s and Trump’s aims");
    expect(notes.map((note) => note.ruleId)).toEqual(["clean/mojibake", "clean/mojibake"]);
    expect(notes.map((note) => text.slice(note.span.start, note.span.end))).toEqual(["’s", "’s"]);
    expect(notes[0]?.reason).toMatch(/GB18030/);
  });

  describe("genuine Chinese survives", () => {
    it.each([
      "中华人民共和国外交部发言人表示，中方欢迎美俄领导人会晤。",
      "2018年7月16日，特朗普与普京在赫尔辛基会晤。",
      "普京说：“我们准备好了。”",
      "北约峰会将于下周举行",
    ])("leaves %s unchanged", (sentence) => {
      expect(repairMojibake(sentence)).toEqual({ text: sentence, notes: [] });
    });

    it("leaves a Chinese phrase inside English text", () => {
      expect(repaired("The slogan 中国梦 is everywhere in Beijing.")).toBe("The slogan 中国梦 is everywhere in Beijing.");
    });

    it("leaves a lone character between spaces that happens to re-encode as a Latin letter", () => {
      expect(repaired("He wrote 梅 on the board.")).toBe("He wrote 梅 on the board.");
    });

    it("leaves a real sentence next to mojibake in another paragraph alone", () => {
      expect(repaired("中方欢迎会晤。")).toBe("中方欢迎会晤。");
      expect(repaired("Putin鈥檚 visit")).toBe("Putin’s visit");
    });
  });
});

describe("mojibake: UTF-8 read as Windows-1252", () => {
  it("repairs â€™ and Ã©", () => {
    expect(repaired("Putinâ€™s cafÃ©")).toBe("Putin’s café");
  });

  it("repairs a sentence garbled through iconv-lite", () => {
    const original = "“Nyet,” said Lavrov — the café’s naïve owner agreed.";
    expect(repaired(asCp1252(original))).toBe(original);
  });

  it("repairs what a WHATWG decoder leaves for undefined bytes (a C1 control)", () => {
    expect(repaired("â€œNyetâ€\u009d")).toBe("“Nyet”");
  });

  it("guesses a closing quote whose last byte was dropped", () => {
    expect(repaired("â€œNyetâ€ he said")).toBe("“Nyet” he said");
  });

  it("repairs à, whose second byte is a no-break space", () => {
    expect(repaired("voilÃ\u00a0 tout")).toBe("voilà tout");
  });

  it("repairs Cyrillic", () => {
    expect(repaired("ÐŸÑƒÑ‚Ð¸Ð½")).toBe("Путин");
  });

  it.each(["café, naïve, Zürich, São Paulo", "“Nyet” — he said… ‘no’", "Ñandú and Æsir", "price: 10 € or £8"])(
    "leaves genuine Latin text %s unchanged",
    (text) => {
      expect(repairMojibake(text)).toEqual({ text, notes: [] });
    },
  );
});

it("is idempotent: repaired text has nothing left to repair", () => {
  const once = repaired(asGbk("The minister’s “red lines” — Moscow’s view"));
  expect(repairMojibake(once)).toEqual({ text: once, notes: [] });
});

describe("guessLost", () => {
  it.each([
    ["he said ", "reset", "“"],
    ["Russian", "medvezhya usluga", "—"],
    ["don", "t know", "’"],
    ["we", "ll see", "’"],
    ["“the reset", " was over", "”"],
    ["the ministers", " views", "’"],
    ["it was over.", " Then", "”"],
    ["one ", " two", "—"],
  ])("after %j and before %j guesses %s", (before, after, expected) => {
    expect(guessLost(before, after)).toBe(expected);
  });
});
