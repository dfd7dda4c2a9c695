import { describe, expect, it } from "vitest";
import { analyseText, mentionsOf } from "../helpers/analyse.ts";

describe("resolve", () => {
  it("turns every way of naming Putin into one entity", async () => {
    const text =
      "Vladimir V. Putin arrived on Monday. Mr. Putin spoke first. The Russian president then left. He said nothing more. President Putin returned later.";
    const resolved = await mentionsOf(text);
    const putin = resolved.filter(([, entity]) => entity === "vladimir-putin").map(([surface]) => surface);
    expect(putin).toEqual(["Vladimir V. Putin", "Mr. Putin", "The Russian president", "He", "President Putin"]);
  });

  it("meets a dictionary alias written with a typewriter apostrophe in text with a typographic one", async () => {
    const resolved = await mentionsOf("Beijing wants to end North Korea’s nuclear tests. Pyongyang‘s nuclear programme worries Seoul.");
    expect(resolved).toContainEqual(["North Korea’s nuclear tests", "north-korean-nuclear-program"]);
  });

  it("resolves a subject pronoun opening an adverbial clause to the subject of the clause before, not to the speaker", async () => {
    const resolved = await mentionsOf("Joe Biden said that Barack Obama must stay away from Moscow, because he needs the votes.");
    expect(resolved).toContainEqual(["he", "barack-obama"]);
  });

  it("names a group set apart by two describing words after a preposition, not one only compared", async () => {
    const resolved = await mentionsOf("Putin voiced support for far-right nationalist forces. The plan was backed by more powerful forces.");
    expect(resolved).toContainEqual(["far-right nationalist forces", "far-right-nationalist-forces"]);
    expect(resolved.map(([surface]) => surface)).not.toContain("more powerful forces");
  });

  it("turns the Congress, Congress and the Hill into U.S. Congress", async () => {
    const resolved = await mentionsOf("The deal needs the Congress. Congress is wary. It would never fly on the Hill.");
    expect(resolved.filter(([, e]) => e === "us-congress").length).toBe(3);
  });

  it("links a discovered person's later surname to the full name", async () => {
    const resolved = await mentionsOf("Marta Kowalczyk, a Polish diplomat, spoke in Brussels. Ms. Kowalczyk said the talks failed.");
    expect(resolved).toContainEqual(["Marta Kowalczyk", "marta-kowalczyk"]);
    expect(resolved).toContainEqual(["Ms. Kowalczyk", "marta-kowalczyk"]);
  });

  it("discovers titled people the dictionaries do not know", async () => {
    const resolved = await mentionsOf("Senator Harriet Lindqvist opposed the bill.");
    expect(resolved).toContainEqual(["Senator Harriet Lindqvist", "harriet-lindqvist"]);
  });

  it("builds groups from a demonym and a collective noun", async () => {
    const resolved = await mentionsOf("Chinese officials and French diplomats met.");
    expect(resolved.map(([, e]) => e)).toEqual(["chinese-officials", "french-diplomats"]);
  });

  it("builds groups of powers and governments, and reads a demonym's side, camp or line as the state", async () => {
    const resolved = await mentionsOf("Talks included major European powers. European governments agreed. Hungary backs the Chinese position, and the Russian side agreed.");
    expect(resolved.map(([, e]) => e)).toEqual(["european-powers", "european-governments", "hungary", "china", "russia"]);
  });

  it("resolves a role by the person the article names, not by guessing", async () => {
    const resolved = await mentionsOf("Emmanuel Macron hosted the summit. The French president spoke last.");
    expect(resolved).toContainEqual(["The French president", "emmanuel-macron"]);
  });

  it("resolves a role by date when the article names nobody", async () => {
    const resolved = await mentionsOf("The German chancellor visited Kyiv.", "2019-06-01");
    expect(resolved).toContainEqual(["The German chancellor", "angela-merkel"]);
  });

  it("does not read the pronoun 'us' as the United States", async () => {
    const resolved = await mentionsOf("They told us the US would act.");
    expect(resolved.map(([surface]) => surface)).toEqual(["They", "US"]);
  });

  it("gives a state's institution to that state, not to the dictionary's namesake", async () => {
    const resolved = await mentionsOf("Argentina’s Senate rejected the budget. Later the Senate adjourned.");
    expect(resolved).toContainEqual(["Argentina’s Senate", "argentine-senate"]);
    expect(resolved).toContainEqual(["the Senate", "argentine-senate"]);
  });

  it("keeps a state's own dictionary institution when the dictionary has it", async () => {
    const resolved = await mentionsOf("America’s Senate met.");
    expect(resolved).toContainEqual(["America’s Senate", "us-senate"]);
  });

  it("discovers an issue named by a noun phrase and resolves 'the pact' back to it", async () => {
    const resolved = await mentionsOf("Kenya signed a fisheries agreement with Somalia. Critics say the pact is unfair.");
    expect(resolved).toContainEqual(["a fisheries agreement with Somalia", "fisheries-agreement-with-somalia"]);
    expect(resolved).toContainEqual(["the pact", "fisheries-agreement-with-somalia"]);
  });

  it("lets a dictionary issue inside a phrase win over discovery", async () => {
    const resolved = await mentionsOf("Denmark approved the Nord Stream 2 pipeline.");
    expect(resolved).toContainEqual(["Nord Stream 2 pipeline", "nord-stream-2"]);
  });

  it("leaves 'they' alone when a plural noun in the sentence is the likelier antecedent", async () => {
    const resolved = await mentionsOf("Russian officials met. Private bankers were arguing that they wanted a deal.");
    expect(resolved.find(([surface]) => surface === "they")?.[1]).toBeNull();
    const grouped = await mentionsOf("Russian officials met. Trump advisors were arguing that they wanted a deal.");
    expect(grouped.find(([surface]) => surface === "they")?.[1]).toBe("trump-advisors");
  });

  it("names a person's people as a group of their own", async () => {
    const resolved = await mentionsOf("Donald Trump spoke. Trump’s critics were unmoved, and Trump advisors left.");
    expect(resolved).toContainEqual(["Trump’s critics", "trumps-critics"]);
    expect(resolved).toContainEqual(["Trump advisors", "trump-advisors"]);
  });

  it("does not merge two people who share a first name and surname", async () => {
    const resolved = await mentionsOf("A Republican senator, John Kennedy, objected.", "2018-07-15");
    expect(resolved).toContainEqual(["John Kennedy", "john-kennedy"]);
  });

  it("never moves a named institution to another state", async () => {
    const resolved = await mentionsOf("Germany and Germany’s parliament met. The Kremlin objected.");
    expect(resolved).toContainEqual(["The Kremlin", "kremlin"]);
  });

  it("discovers a person named in apposition after a role", async () => {
    const resolved = await mentionsOf("Peru’s trade minister, Lucía Quispe, signed. Ms. Quispe smiled.");
    expect(resolved).toContainEqual(["Lucía Quispe", "lucia-quispe"]);
    expect(resolved).toContainEqual(["Ms. Quispe", "lucia-quispe"]);
  });

  it("discovers organisations an apposition or a descriptor names as such", async () => {
    const resolved = await mentionsOf("Agrovia, the region’s largest farmers’ association, objected, as did the mining federation Minexa.");
    expect(resolved).toContainEqual(["Agrovia", "agrovia"]);
    expect(resolved).toContainEqual(["Minexa", "minexa"]);
  });

  it("does not take an acronym-led name for a person", async () => {
    const resolved = await mentionsOf("NRDC Europe said the plan was flawed.");
    expect(resolved.map(([, e]) => e)).not.toContain("nrdc-europe");
  });

  it("builds groups from the adjective of a collective actor too", async () => {
    const resolved = await mentionsOf("European leaders and NATO officials met.");
    expect(resolved.map(([, e]) => e)).toEqual(["european-leaders", "nato-officials"]);
  });

  it("reads a definite description without a name as the issue already named", async () => {
    const resolved = await mentionsOf("Italy backs the TransAdriatic gas pipeline. The 900-kilometre pipeline is costly.");
    const ids = resolved.filter(([surface]) => /pipeline/.test(surface)).map(([, e]) => e);
    expect(new Set(ids).size).toBe(1);
  });

  it("never takes a known surname in apposition for an organisation", async () => {
    const resolved = await mentionsOf("Vladimir Putin spoke. Putin, the leader of the ruling party, left.");
    expect(resolved).toContainEqual(["Putin", "vladimir-putin"]);
  });

  it("names 'critics of Mr. Trump' as the group 'Trump’s critics'", async () => {
    const resolved = await mentionsOf("Donald Trump spoke. Critics of Mr. Trump were unmoved; Trump’s critics left.");
    expect(resolved.filter(([, e]) => e === "trumps-critics").map(([s]) => s)).toEqual(["Critics of Mr. Trump", "Trump’s critics"]);
  });
  it("keeps a hyphenated name whole", async () => {
    const resolved = await mentionsOf("Kenya’s energy minister, Amina Odhiambo-Wekesa, spoke. Ms. Odhiambo-Wekesa left.");
    expect(resolved).toContainEqual(["Amina Odhiambo-Wekesa", "amina-odhiambo-wekesa"]);
    expect(resolved).toContainEqual(["Ms. Odhiambo-Wekesa", "amina-odhiambo-wekesa"]);
  });

  it("lets 'the project' refer back to a pipeline, and 'the deal' to a purchase", async () => {
    const resolved = await mentionsOf(
      "Egypt has backed the Aqaba gas pipeline for years. Critics say the project is costly. Chile approved the purchase of two Swedish submarines. The submarine deal is final.",
    );
    expect(resolved).toContainEqual(["the project", "aqaba-gas-pipeline"]);
    expect(resolved).toContainEqual(["The submarine deal", "purchase-of-two-swedish-submarines"]);
  });

  it("does not take a superlative evaluation for the name of an issue", async () => {
    const resolved = await mentionsOf("Jordan backs the Red Sea canal, calling it “the most important water project in decades”.");
    expect(resolved.map(([, e]) => e)).not.toContain("important-water-project");
  });

  it("passes a coordination on from one 'they' to the next", async () => {
    const doc = await analyseText("Brazil and Argentina met on Monday. They said they oppose the tariffs.");
    const pronouns = doc.data.mentions!.filter((m) => m.cue.via === "pronoun");
    expect(pronouns.map((m) => [m.entity, ...(m.coordinated ?? [])].sort())).toEqual([["argentina", "brazil"], ["argentina", "brazil"]]);
  });

  it("reads 'they' after a coordination as all its conjuncts", async () => {
    const doc = await analyseText("Any sanctions need the Security Council, where Brazil and Argentina have said they oppose the tariffs.");
    const they = doc.data.mentions!.find((m) => doc.text.slice(m.start, m.end) === "they")!;
    expect([they.entity, ...(they.coordinated ?? [])].sort()).toEqual(["argentina", "brazil"]);
  });
  it("names no institution by an indefinite state noun", async () => {
    const resolved = await mentionsOf("Peru’s Congress met. The United States criticised a Peruvian court.");
    expect(resolved.map(([, e]) => e)).not.toContain("peruvian-court");
  });

  it("discovers an organisation whose name runs over 'of' and 'and', as a whole", async () => {
    const resolved = await mentionsOf("The Producers of Mining and Energy, the country’s main business association, agreed.");
    expect(resolved).toEqual([
      ["Producers of Mining and Energy", "producers-of-mining-and-energy"],
      ["the country’s main business association", "producers-of-mining-and-energy"],
    ]);
  });

  it("keeps a state's named body with its state, and reads 'said it' as the speaker, not an issue", async () => {
    const doc = await analyseText("Kenya’s Ministry of Trade and Industry said it regretted the vote on the fisheries pact.");
    const ministry = doc.data.discovered!.find((e) => e.id === "ministry-of-trade-and-industry");
    expect(ministry?.country).toBe("kenya");
    expect(doc.data.mentions!.filter((m) => m.label === "Issue").map((m) => doc.text.slice(m.start, m.end))).toEqual(["the fisheries pact"]);
  });

  it("gives the state the article is about its bare 'Congress' when another state is only named in passing", async () => {
    const resolved = await mentionsOf("Senegal’s President Amara Diallo wants the mining pact. Senegal needs Congress. The United States declined to comment.");
    expect(resolved.find(([surface]) => surface === "Congress")?.[1]).not.toBe("us-congress");
  });

  it("lets 'the president' refer back to a titled person the dictionaries do not know", async () => {
    const resolved = await mentionsOf("President Amara Diallo wants the mining pact. The president was angry.");
    expect(resolved).toContainEqual(["The president", "amara-diallo"]);
  });
  it("refers 'the Russian launch' back to the Russian test, but not 'the Chinese launch'", async () => {
    const resolved = await mentionsOf("NATO condemned the Russian Satellite Test. The Russian launch was reckless, unlike the Chinese launch.");
    expect(resolved).toContainEqual(["The Russian launch", "russian-satellite-test"]);
    expect(resolved).toContainEqual(["the Chinese launch", "chinese-launch"]);
    // A demonym names the same actor as the name: "the Indian deal" is the agreement with India.
    const deal = await mentionsOf("Chile signed a trade agreement with India. China lobbied against the Indian deal.");
    expect(deal).toContainEqual(["the Indian deal", "trade-agreement-with-india"]);
  });

  it("keeps one issue for one proper name however the phrase around it changes", async () => {
    const resolved = await mentionsOf("Azerbaijan has backed the TransCaspian Pipeline. Russia opposes Baku’s TransCaspian gas pipeline.");
    expect(resolved.filter(([surface]) => /TransCaspian/.test(surface)).map(([, e]) => e)).toEqual(["transcaspian-pipeline", "transcaspian-pipeline"]);
  });
  it("does not take 'the leader of' a named body for a state's leader", async () => {
    const resolved = await mentionsOf("Emmanuel Macron spoke. Louis Aliot, the leader of the National Rally, agreed.");
    expect(resolved.map(([, e]) => e).filter((e) => e === "emmanuel-macron")).toHaveLength(1);
  });
  it("keeps 'Congress' with a state named in the same sentence, however seldom the article names it", async () => {
    const resolved = await mentionsOf("Germany opposes the pipeline. Berlin is firm. The Kremlin rejected the U.S. proposal, which would require approval by Congress.");
    expect(resolved).toContainEqual(["Congress", "us-congress"]);
  });

  it("names a group by its collective noun phrase in full, not run together", async () => {
    const resolved = await mentionsOf("Turkish business leaders and Turkish state media welcomed the plan.");
    expect(resolved).toContainEqual(["Turkish business leaders", "turkish-business-leaders"]);
    expect(resolved).toContainEqual(["Turkish state media", "turkish-state-media"]);
  });

  it("builds a group from a state's possessive name and a collective noun", async () => {
    const resolved = await mentionsOf("Hungary’s political elite distrusts Brussels.");
    expect(resolved).toContainEqual(["Hungary’s political elite", "hungarys-elite"]);
  });

  it("finds a group that nouns describe without a demonym: 'the dock unions', 'two farmers’ unions'", async () => {
    const resolved = await mentionsOf("The dock unions and two farmers’ unions rejected the tariffs.");
    expect(resolved).toContainEqual(["dock unions", "dock-unions"]);
    expect(resolved).toContainEqual(["farmers’ unions", "farmers-unions"]);
  });

  it("reads a bare 'parliament' after a preposition as the article's parliament", async () => {
    const resolved = await mentionsOf("Latvia’s parliament debated the budget. The budget was passed by parliament on Friday.");
    expect(resolved.filter(([surface]) => surface === "parliament")).toEqual([["parliament", "latvian-parliament"]]);
  });

  it("makes an office no one is named to a person of its own, whom a later pronoun takes", async () => {
    const resolved = await mentionsOf("Slovenia signed the deal. The prime minister said his cabinet agreed.");
    expect(resolved).toContainEqual(["The prime minister", "slovenian-prime-minister"]);
    expect(resolved).toContainEqual(["his", "slovenian-prime-minister"]);
  });

  it("leaves an office the dictionaries fill at some date unresolved rather than doubled", async () => {
    const resolved = await mentionsOf("Russia signed the deal. The Russian president said nothing.");
    expect(resolved).toContainEqual(["The Russian president", null]);
  });

  it("reads 'the parties' as the two states the article is about, counting their leaders, not a venue", async () => {
    const text = "Joe Biden met Xi Jinping in Oslo. Biden and Xi spoke for hours in Oslo, and Norway hosted a dinner in Oslo. The parties agreed to cooperate on climate.";
    const resolved = await analyseText(text);
    const parties = resolved.data.mentions!.find((m) => resolved.text.slice(m.start, m.end) === "The parties")!;
    expect([parties.entity, ...(parties.coordinated ?? [])].sort()).toEqual(["china", "united-states"]);
  });

  it("reads 'these two countries' as the last two states named before, and leaves 'both countries' alone", async () => {
    const resolved = await mentionsOf("Cuba and Venezuela signed a pact. Moscow promised to arm these two countries. Both countries thanked Moscow.");
    expect(resolved).toContainEqual(["these two countries", "cuba"]);
    expect(resolved.map(([surface]) => surface)).not.toContain("Both countries");
  });

  it("gives a person named in apposition the office before it, and 'the minister' refers back to them", async () => {
    const resolved = await mentionsOf("Norway’s trade minister, Ingrid Dahl, defended the plan. Critics mocked the minister on Friday.");
    expect(resolved).toContainEqual(["the minister", "ingrid-dahl"]);
  });

  it("reads 'the incumbent president' as the president, but not 'the former president' nor 'the prime minister'", async () => {
    const resolved = await mentionsOf("Joe Biden spoke. Critics attacked the incumbent president. The former president stayed silent.");
    expect(resolved).toContainEqual(["the incumbent president", "joe-biden"]);
    expect(resolved.map(([surface]) => surface)).not.toContain("The former president");
    const minister = await mentionsOf("Norway’s trade minister, Ingrid Dahl, spoke. The prime minister did not.");
    expect(minister).not.toContainEqual(["The prime minister", "ingrid-dahl"]);
  });

  it("reads 'the Chinese side' as China", async () => {
    expect(await mentionsOf("The Chinese side welcomed the talks.")).toContainEqual(["Chinese side", "china"]);
  });

  it("reads 'we' inside a quotation as its speaker, named after the quote or before it, and leaves 'we' outside alone", async () => {
    const text = "“We oppose the tariffs,” said Senator Ana Ruiz. “Our view is clear,” she said. Peter Novak said: “We reject them.” We analysts disagree.";
    const resolved = await mentionsOf(text);
    expect(resolved.filter(([surface]) => ["We", "Our"].includes(surface))).toEqual([
      ["We", "ana-ruiz"],
      ["Our", "ana-ruiz"],
      ["We", "peter-novak"],
    ]);
  });
});

