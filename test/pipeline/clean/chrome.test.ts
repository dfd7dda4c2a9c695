import { describe, expect, it } from "vitest";
import chromeJson from "../../../data/cleaning/chrome.json" with { type: "json" };
import { stripChrome } from "../../../src/pipeline/clean/chrome.ts";
import { ChromeFileSchema, compileChromeRules } from "../../../src/pipeline/clean/chrome-rules.ts";

const file = ChromeFileSchema.parse(chromeJson);

/** Article prose, long enough that a few chrome lines are a small share of the text. */
const PROSE = [
  "Moscow and Washington agreed on Monday to resume talks on strategic stability, officials in both capitals said after a long meeting.",
  "The Kremlin spokesman said Russia was ready to discuss the extension of the New START treaty without preconditions, a shift from its earlier line.",
  "Analysts in Moscow cautioned that the domestic politics of the United States made any quick agreement unlikely before the midterm elections.",
  "European diplomats welcomed the talks but warned that sanctions would stay in place until Russia changed course in eastern Ukraine.",
  "The two delegations will meet again in Geneva next month, according to a statement released by the State Department on Tuesday evening.",
  "Officials declined to say whether the question of intermediate-range missiles in Europe would be on the agenda for that meeting.",
];

/** Places chrome where its rule allows it: at the top, at the end, or between paragraphs of prose. */
function article(chrome: string[], rule: { after?: number; before?: number }): { paragraphs: string[]; at: number } {
  if (rule.after !== undefined) return { paragraphs: [...PROSE, ...chrome], at: PROSE.length };
  if (rule.before !== undefined) return { paragraphs: [...chrome, ...PROSE], at: 0 };
  return { paragraphs: [...PROSE.slice(0, 2), ...chrome, ...PROSE.slice(2)], at: 2 };
}

const range = (from: number, length: number) => Array.from({ length }, (_, i) => from + i);

describe("chrome rules in data/cleaning/chrome.json", () => {
  for (const rule of file.lines) {
    describe(`line rule ${rule.id}`, () => {
      it.each(rule.examples)("removes %j", (example) => {
        const { paragraphs, at } = article([example], rule);
        const { removals } = stripChrome(paragraphs);
        expect(removals).toEqual([expect.objectContaining({ indices: [at], ruleId: `clean/chrome:${rule.id}` })]);
      });

      if (rule.counterexamples.length > 0) {
        it.each(rule.counterexamples)("keeps %j", (counterexample) => {
          const { paragraphs } = article([counterexample], rule);
          expect(stripChrome(paragraphs).removals).toEqual([]);
        });
      }
    });
  }

  for (const rule of file.blocks) {
    describe(`block rule ${rule.id}`, () => {
      it.each(rule.examples.map((example) => [example[0], example] as const))("removes the block starting %j", (_, example) => {
        const { paragraphs, at } = article(example, rule);
        const { removals } = stripChrome(paragraphs);
        expect(removals).toEqual([
          expect.objectContaining({ indices: range(at, example.length), ruleId: `clean/chrome:${rule.id}` }),
        ]);
      });

      if (rule.counterexamples.length > 0) {
        it.each(rule.counterexamples.map((example) => [example[0], example] as const))("keeps the paragraphs after %j", (_, example) => {
          const { paragraphs } = article(example, rule);
          const removed = stripChrome(paragraphs).removals.flatMap((removal) => removal.indices);
          expect(removed.filter((index) => index > 0 && paragraphs[index] !== example[0])).toEqual([]);
        });
      }
    });
  }
});

describe("chrome lines of other sites", () => {
  const removedIds = (lines: string[], placement: { after?: number; before?: number } = {}) => {
    const { paragraphs } = article(lines, placement);
    return stripChrome(paragraphs).removals.map((removal) => removal.ruleId);
  };

  it.each([
    ["Share on WhatsApp", "share"],
    ["(12 votes)", "rating"],
    ["Votes: 3", "rating"],
    ["Skip Advertisement", "ads"],
    ["Supported by", "ads"],
    ["This essay was first published by Riddle Russia.", "reprint"],
    ["Sergei Lavrov and Mike Pompeo in Sochi.Credit: Alexander Nemenov/AFP", "caption"],
    ["Photograph: Maxim Shemetov/Reuters", "caption"],
    ["The Kremlin at dusk. Yuri Kadobnov/AFP via Getty Images", "caption"],
    ["Follow Riddle on Twitter", "follow"],
    ["Terms of Use", "footer-menu"],
    ["News | Analysis | Opinion | Podcasts", "footer-menu"],
    ["Copyright © 2019 Valdai Discussion Club", "footer-menu"],
    ["Also read: Why the INF Treaty died", "related-link"],
    ["The opinions expressed herein are solely those of the author.", "disclaimer"],
  ])("removes %j as %s", (line, id) => {
    expect(removedIds([line])).toEqual([`clean/chrome:${id}`]);
  });

  it.each([
    ["Sarah Rainsford reported from Moscow.", "reporter-credit"],
    ["Anton Troianovski reported from Moscow, and David E. Sanger from Washington.", "reporter-credit"],
    ["Reporting by Andrew Osborn; Writing by Tom Balmforth; Editing by Gareth Jones", "reporter-credit"],
  ])("removes the closing credit %j as %s", (line, id) => {
    expect(removedIds([line], { after: 0.9 })).toEqual([`clean/chrome:${id}`]);
  });

  it.each([
    ["Published 3 March 2019", "dateline"],
    ["Updated: Sept. 4, 2019, 8:15 p.m. ET", "dateline"],
    ["By Anna Borshchevskaya", "byline"],
    ["OPINION", "kicker"],
  ])("removes the heading line %j as %s", (line, id) => {
    expect(removedIds([line], { before: 0.1 })).toEqual([`clean/chrome:${id}`]);
  });

  it("removes a reader poll of another shape with all its answers", () => {
    const poll = ["Survey", "Should the West lift sanctions on Russia?", "Yes, now", "120 votes", "Only after Ukraine", "300 votes", "View results"];
    const { paragraphs, at } = article(poll, {});
    expect(stripChrome(paragraphs).removals).toEqual([expect.objectContaining({ indices: range(at, poll.length), ruleId: "clean/chrome:poll" })]);
  });

  it("removes a byline with a bio, but keeps a name followed by prose", () => {
    const withBio = ["Fyodor Lukyanov", "Editor-in-chief of Russia in Global Affairs, Research Director of the Valdai Club"];
    expect(removedIds(withBio)).toEqual(["clean/chrome:author-bio"]);
    expect(removedIds(["Vladimir Putin", "Putin said on Monday that the talks had gone well, and praised his host."])).toEqual([]);
  });

  it("keeps body sentences that look like chrome words", () => {
    expect(
      removedIds([
        "Share prices in Moscow rose after the summit.",
        "The poll, conducted by Levada in July, found most Russians approved.",
        "By most accounts the meeting went well.",
        "Credit Suisse said Russian bonds would rally.",
        "For business leaders in Moscow, the summit changed little.",
      ]),
    ).toEqual([]);
  });
});

describe("position limits", () => {
  it("keeps a reporter credit that opens an article", () => {
    const paragraphs = ["Andrew Higgins reported from Moscow.", ...PROSE];
    expect(stripChrome(paragraphs).removals).toEqual([]);
  });

  it("keeps an 'Author' heading in the first half of the text", () => {
    const paragraphs = [PROSE[0] ?? "", "Author", ...PROSE.slice(1)];
    expect(stripChrome(paragraphs).removals).toEqual([]);
  });

  it("keeps a date line deep in the article", () => {
    const paragraphs = [...PROSE, "17.07.2018", PROSE[0] ?? ""];
    expect(stripChrome(paragraphs).removals).toEqual([]);
  });
});

describe("captures", () => {
  it("keeps the outlet a blog banner names", () => {
    expect(stripChrome(["A blog of the Kennan Institute", ...PROSE]).captures.source).toEqual(["Kennan Institute"]);
  });

  it("keeps the outlet a commissioned-photo credit names", () => {
    const caption = "Rod J. Rosenstein announced indictments on Friday.CreditT.J. Kirkpatrick for The New York Times";
    expect(stripChrome([...PROSE.slice(0, 2), caption, ...PROSE.slice(2)]).captures.source).toEqual(["The New York Times"]);
  });

  it("does not take an agency credit for the outlet", () => {
    const caption = "Mr. Putin in Moscow last month.CreditAlexander Safonov/Associated Press";
    expect(stripChrome([...PROSE.slice(0, 2), caption, ...PROSE.slice(2)]).captures.source).toEqual([]);
  });

  it("keeps the date of a dateline and of a dated byline as written", () => {
    expect(stripChrome(["17.07.2018", ...PROSE]).captures.published).toEqual(["17.07.2018"]);
    expect(stripChrome(["2017-05-22 By Richard Weitz", ...PROSE]).captures.published).toEqual(["2017-05-22"]);
    expect(stripChrome(["By Fyodor Lukyanov | July 17, 2018", ...PROSE]).captures.published).toEqual(["July 17, 2018"]);
  });
});

it("describes each removal in one line, quoting what it removed", () => {
  const { removals } = stripChrome([...PROSE, "(votes: 6, rating: 4.5)"]);
  expect(removals[0]?.reason).toBe('removed rating widget: "(votes: 6, rating: 4.5)"');
});

describe("compileChromeRules", () => {
  const valid = {
    fragments: { X: "x+" },
    lines: [{ id: "x", description: "x", patterns: ["^{{X}}$"], examples: ["xx"] }],
    blocks: [],
  };

  it("compiles fragments into patterns", () => {
    const rules = compileChromeRules(valid);
    expect(rules.lines[0]?.patterns[0]?.source).toBe("^x+$");
  });

  it.each([
    ["a pattern that is not a regular expression", { ...valid, lines: [{ ...valid.lines[0], patterns: ["(unclosed"] }] }, /chrome rule "x"/],
    ["an unknown fragment", { ...valid, lines: [{ ...valid.lines[0], patterns: ["{{Y}}"] }] }, /unknown fragment \{\{Y\}\}/],
    ["a fragment that refers to itself", { ...valid, fragments: { X: "{{X}}" } }, /refers to itself/],
    ["an unknown named group", { ...valid, lines: [{ ...valid.lines[0], patterns: ["(?<author>x)"] }] }, /unknown named group "author"/],
    ["a rule defined twice", { ...valid, lines: [valid.lines[0], valid.lines[0]] }, /defined twice/],
    ["a rule without examples", { ...valid, lines: [{ ...valid.lines[0], examples: [] }] }, /chrome rules/],
    ["a position outside 0-1", { ...valid, lines: [{ ...valid.lines[0], after: 2 }] }, /chrome rules/],
  ])("refuses %s", (_, json, message) => {
    expect(() => compileChromeRules(json)).toThrow(message);
    try {
      compileChromeRules(json);
    } catch (error) {
      expect((error as Error).name).toBe("ValidationError");
    }
  });
});
