// Scoring on small hand-made cases: triples at graph level, per relation, with issues, explicit recall and the confident bucket.
import { describe, expect, it } from "vitest";
import { alignArticle, entityIdOf, idOf } from "../../src/eval/align.ts";
import type { GoldArticle } from "../../src/eval/gold.ts";
import { scoreSet, type ExtractedItem, type GoldItem } from "../../src/eval/score.ts";
import type { Relation } from "../../src/model/index.ts";
import { PhraseIndex } from "../../src/pipeline/knowledge/phrase-index.ts";

type Claim = [subject: string, relation: Relation, object: string, issue?: string | null];

function gold([subject, relation, object, issue = null]: Claim, extra: Partial<GoldItem> = {}): GoldItem {
  return { article: "a1", subject, relation, object, issue, names: { subject, object, issue }, explicit: true, hedged: false, evidence: "gold sentence", ...extra };
}

function extracted([subject, relation, object, issue = null]: Claim, extra: Partial<ExtractedItem> = {}): ExtractedItem {
  return { article: "a1", subject, relation, object, issue, names: { subject, object, issue }, confidence: 0.9, evidence: "extracted sentence", rule: "relations/test", ...extra };
}

describe("scoreSet", () => {
  it("gives 1 for precision, recall and F1 when the extraction is the gold", () => {
    const claims: Claim[] = [["us-congress", "CONSTRAINS", "donald-trump", "sanctions"], ["russia", "SUPPORTS", "new-start"]];
    const score = scoreSet(claims.map((c) => gold(c)), claims.map((c) => extracted(c)));
    expect(score.overall).toEqual({ precision: 1, recall: 1, f1: 1, matched: 2, gold: 2, extracted: 2 });
    expect(score.issueAware.f1).toBe(1);
    expect(score.missed).toEqual([]);
    expect(score.spurious).toEqual([]);
  });

  it("gives 0 and lists both sides when nothing matches", () => {
    const score = scoreSet([gold(["russia", "OPPOSES", "ukraine"])], [extracted(["ukraine", "OPPOSES", "russia"])]);
    expect(score.overall).toMatchObject({ precision: 0, recall: 0, f1: 0, matched: 0 });
    expect(score.missed.map((m) => m.subject)).toEqual(["russia"]);
    expect(score.spurious.map((s) => s.subject)).toEqual(["ukraine"]);
  });

  it("leaves precision undefined, and F1 at 0, when nothing was extracted", () => {
    const score = scoreSet([gold(["russia", "OPPOSES", "ukraine"])], []);
    expect(score.overall).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scoreSet([], []).overall.f1).toBeNull();
  });

  it("counts unique triples: the same triple from two articles or with two issues is one", () => {
    const score = scoreSet(
      [gold(["us-congress", "CONSTRAINS", "donald-trump", "sanctions"]), gold(["us-congress", "CONSTRAINS", "donald-trump", "ukraine"], { article: "a2" })],
      [extracted(["us-congress", "CONSTRAINS", "donald-trump", "sanctions"]), extracted(["us-congress", "CONSTRAINS", "donald-trump", "sanctions"], { article: "a2" })],
    );
    expect(score.overall).toMatchObject({ gold: 1, extracted: 1, matched: 1 });
  });

  it("matches a triple whatever its issue, but the issue-aware figures require it (null meets null)", () => {
    const score = scoreSet(
      [gold(["us-congress", "CONSTRAINS", "donald-trump", "sanctions"]), gold(["russia", "SUPPORTS", "new-start", null])],
      [extracted(["us-congress", "CONSTRAINS", "donald-trump", null]), extracted(["russia", "SUPPORTS", "new-start", null])],
    );
    expect(score.overall.f1).toBe(1);
    expect(score.issueAware).toMatchObject({ matched: 1, gold: 2, extracted: 2, precision: 0.5, recall: 0.5 });
    expect(score.issueMismatches).toEqual([
      { names: { subject: "us-congress", object: "donald-trump", issue: "sanctions" }, relation: "CONSTRAINS", gold: ["sanctions"], extracted: [null] },
    ]);
  });

  it("scores each relation type on its own", () => {
    const score = scoreSet(
      [gold(["a", "SUPPORTS", "b"]), gold(["a", "OPPOSES", "c"]), gold(["d", "OPPOSES", "e"])],
      [extracted(["a", "SUPPORTS", "b"]), extracted(["a", "SUPPORTS", "c"]), extracted(["d", "OPPOSES", "e"])],
    );
    expect(score.byRelation.SUPPORTS).toMatchObject({ precision: 0.5, recall: 1, matched: 1, gold: 1, extracted: 2 });
    expect(score.byRelation.OPPOSES).toMatchObject({ precision: 1, recall: 0.5, matched: 1, gold: 2, extracted: 1 });
    expect(score.byRelation.CONSTRAINS).toEqual({ precision: null, recall: null, f1: null, matched: 0, gold: 0, extracted: 0 });
  });

  it("measures recall on the explicit gold claims alone", () => {
    const score = scoreSet(
      [gold(["a", "SUPPORTS", "b"]), gold(["c", "SUPPORTS", "d"]), gold(["e", "OPPOSES", "f"], { explicit: false })],
      [extracted(["a", "SUPPORTS", "b"]), extracted(["e", "OPPOSES", "f"])],
    );
    expect(score.explicitRecall).toEqual({ recall: 0.5, matched: 1, gold: 2 });
  });

  it("takes precision among triples whose strongest edge reaches the threshold", () => {
    const score = scoreSet(
      [gold(["a", "SUPPORTS", "b"]), gold(["c", "OPPOSES", "d"])],
      [
        extracted(["a", "SUPPORTS", "b"], { confidence: 0.95 }),
        extracted(["c", "OPPOSES", "d"], { confidence: 0.5 }),
        extracted(["x", "OPPOSES", "y"], { confidence: 0.85 }),
        // Another issue of the same triple lifts it into the bucket.
        extracted(["z", "SUPPORTS", "w", null], { confidence: 0.3 }),
        extracted(["z", "SUPPORTS", "w", "sanctions"], { confidence: 0.8 }),
      ],
    );
    expect(score.confident).toEqual({ threshold: 0.8, precision: 1 / 3, matched: 1, extracted: 3 });
    expect(score.overall.precision).toBe(0.5);
  });
});

describe("alignArticle", () => {
  const aliases = new PhraseIndex<string>();
  for (const alias of ["U.S. Congress", "Congress", "the Hill"]) aliases.add(alias, "us-congress");
  aliases.add("Donald Trump", "donald-trump");
  aliases.add("sanctions", "sanctions");
  const knowledge = { aliases, dropModifiers: new Set(["major", "new"]) };

  function node(id: string, name: string) {
    return { id, label: "Actor" as const, name, kind: "group" as const, aliases: [name] };
  }

  function goldArticle(entities: GoldArticle["entities"]): GoldArticle {
    return { article: "a1", heldOut: false, entities, claims: [] };
  }

  it("meets us-congress by the canonical name or by any alias the article uses", () => {
    for (const [name, forms] of [["U.S. Congress", []], ["the legislature", ["Congress"]], ["lawmakers", ["the Hill"]]] as const) {
      const alignment = alignArticle(goldArticle({ [name]: { type: "institution", aliases: [...forms] } }), knowledge, { nodes: [], mentions: [] });
      expect(idOf(alignment, name), name).toBe("us-congress");
    }
  });

  it("meets a discovered node by its name or aliases, and an entity the pipeline resolved in a mention", () => {
    const nodes = [{ id: "andres-valdivia", label: "Actor" as const, name: "Andrés Valdivia", kind: "person" as const, aliases: ["Andrés Valdivia"] }];
    const alignment = alignArticle(
      goldArticle({
        "President Valdivia": { type: "person", aliases: ["Andrés Valdivia", "Mr. Valdivia"] },
        "Vladimir Putin": { type: "person", aliases: ["the Russian president"] },
      }),
      knowledge,
      { nodes, mentions: [{ surface: "Russian president", entity: "vladimir-putin", naming: false }] },
    );
    expect(alignment.entities).toEqual([
      { name: "President Valdivia", id: "andres-valdivia", how: "alias", via: "Andrés Valdivia", also: [] },
      { name: "Vladimir Putin", id: "vladimir-putin", how: "mention", via: "the Russian president", also: [] },
    ]);
  });

  it("keeps an unmatched entity under an id no node carries, so its claims count as missed", () => {
    const article = goldArticle({ "Donald Trump": { type: "person", aliases: [] }, "Trump's critics": { type: "group", aliases: ["his detractors"] } });
    const alignment = alignArticle(article, knowledge, { nodes: [], mentions: [] });
    expect(idOf(alignment, "Trump's critics")).toBe("gold:Trump's critics");
    const score = scoreSet(
      [gold([idOf(alignment, "Trump's critics"), "OPPOSES", idOf(alignment, "Donald Trump")])],
      [extracted(["critics", "OPPOSES", "donald-trump"])],
    );
    expect(score.overall.recall).toBe(0);
  });

  it("falls back to the dictionary entity, marked as such, when the pipeline found it nowhere in the article", () => {
    const article = goldArticle({ "the legislature": { type: "institution", aliases: ["Congress"] } });
    expect(alignArticle(article, knowledge, { nodes: [node("us-congress", "U.S. Congress")], mentions: [] }).entities[0]).toMatchObject({ id: "us-congress", how: "alias" });
    expect(alignArticle(article, knowledge, { nodes: [], mentions: [] }).entities[0]).toMatchObject({ id: "us-congress", how: "dictionary" });
  });

  it("does not let an alias take a node another entity names outright", () => {
    const alignment = alignArticle(
      goldArticle({ "U.S. Congress": { type: "institution", aliases: [] }, "Chilean Congress": { type: "institution", aliases: ["Congress"] } }),
      knowledge,
      { nodes: [node("us-congress", "U.S. Congress")], mentions: [] },
    );
    expect(idOf(alignment, "U.S. Congress")).toBe("us-congress");
    expect(idOf(alignment, "Chilean Congress")).toBe("gold:Chilean Congress");
  });

  it("prefers the node the pipeline used in the article to a dictionary entity it never mentioned there", () => {
    const dictionary = new PhraseIndex<string>();
    dictionary.add("U.S. establishment", "us-foreign-policy-establishment");
    const alignment = alignArticle(
      goldArticle({ "U.S. establishment": { type: "group", aliases: ["an American establishment"] } }),
      { aliases: dictionary, dropModifiers: new Set<string>() },
      { nodes: [node("american-establishment", "American establishment")], mentions: [] },
    );
    expect(alignment.entities).toEqual([{ name: "U.S. establishment", id: "american-establishment", how: "alias", via: "an American establishment", also: [] }]);
  });

  it("meets the node named so before a node that only lists the name among its aliases", () => {
    const nodes = [
      { ...node("portugal", "Portugal"), kind: "state" as const, aliases: ["Portugal", "Portuguese government"] },
      { ...node("portuguese-government", "Portuguese government"), kind: "institution" as const },
    ];
    const alignment = alignArticle(goldArticle({ "Portuguese government": { type: "institution", aliases: [] } }), knowledge, { nodes, mentions: [] });
    expect(idOf(alignment, "Portuguese government")).toBe("portuguese-government");
  });

  it("counts a node named by one of the entity's aliases as a split-off part of it, but not a node that only lists the alias", () => {
    const nodes = [
      { ...node("china", "China"), kind: "state" as const },
      node("chinese-diplomats", "Chinese diplomats"),
      { ...node("germany", "Germany"), kind: "state" as const, aliases: ["Germany", "Berlin"] },
    ];
    const alignment = alignArticle(
      goldArticle({ China: { type: "state", aliases: ["Beijing", "Chinese diplomats", "Berlin", "a pending missile-defence package"] } }),
      knowledge,
      {
        nodes: [...nodes, node("missile-defence-package", "missile-defence package")],
        mentions: [
          { surface: "Beijing", entity: "germany", naming: false },
          { surface: "a pending missile-defence package", entity: "missile-defence-package", naming: true },
        ],
      },
    );
    expect(alignment.entities[0]).toMatchObject({
      id: "china",
      how: "name",
      also: [
        { id: "chinese-diplomats", via: "Chinese diplomats" },
        { id: "missile-defence-package", via: "a pending missile-defence package" },
      ],
    });
    expect(entityIdOf(alignment, "chinese-diplomats")).toBe("china");
    expect(entityIdOf(alignment, "germany")).toBe("germany");
  });

  it("does not hand a node another entity names outright to an entity that lists the name as an alias", () => {
    const nodes = [node("russia", "Russia"), node("russian-officials", "Russian officials")];
    const alignment = alignArticle(
      goldArticle({ Russia: { type: "state", aliases: ["Russian officials"] }, "Russian officials": { type: "group", aliases: [] } }),
      knowledge,
      { nodes, mentions: [] },
    );
    expect(alignment.entities.map((e) => [e.id, e.also])).toEqual([["russia", []], ["russian-officials", []]]);
  });

  it("meets a form with a post-modifier by its head phrase when nothing meets the whole form", () => {
    const nodes = [node("electricity-interconnectors", "electricity interconnectors"), node("greece", "Greece")];
    const alignment = alignArticle(
      goldArticle({ "power links": { type: "issue", aliases: ["electricity interconnectors linking Greece, Cyprus and Israel"] } }),
      knowledge,
      { nodes, mentions: [] },
    );
    expect(alignment.entities[0]).toMatchObject({ id: "electricity-interconnectors", how: "head", via: "electricity interconnectors" });
  });

  it("meets a form by the node named without the leading modifiers names leave out", () => {
    const nodes = [node("european-powers", "European powers")];
    const alignment = alignArticle(goldArticle({ Europe: { type: "group", aliases: ["major European powers"] } }), knowledge, { nodes, mentions: [] });
    expect(alignment.entities[0]).toMatchObject({ id: "european-powers", how: "head", via: "European powers" });
  });

  it("meets a partitive form ('some of X') by the phrase after 'of'", () => {
    const nodes = [node("canadas-allies", "Canada’s allies")];
    const mentions = [{ surface: "Canada’s oldest allies", entity: "canadas-allies", naming: true }];
    const alignment = alignArticle(goldArticle({ "Canadian allies": { type: "group", aliases: ["some of Canada’s oldest allies"] } }), knowledge, { nodes, mentions });
    expect(alignment.entities[0]).toMatchObject({ id: "canadas-allies", how: "head", via: "Canada’s oldest allies" });
  });

  it("scores extracted claims against aligned gold as the same triples", () => {
    const article: GoldArticle = {
      ...goldArticle({ Congress: { type: "institution", aliases: ["the Hill"] }, "Donald Trump": { type: "person", aliases: [] }, sanctions: { type: "issue", aliases: [] } }),
    };
    const alignment = alignArticle(article, knowledge, { nodes: [], mentions: [] });
    const mapped = gold([idOf(alignment, "Congress"), "CONSTRAINS", idOf(alignment, "Donald Trump"), idOf(alignment, "sanctions")]);
    const score = scoreSet([mapped], [extracted(["us-congress", "CONSTRAINS", "donald-trump", "sanctions"])]);
    expect(score.issueAware.f1).toBe(1);
  });
});
