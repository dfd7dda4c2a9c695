import { describe, expect, it } from "vitest";
import { analyseText, claimsOf } from "../helpers/analyse.ts";

describe("relations", () => {
  it("reads an active verb with a direct object", async () => {
    expect(await claimsOf("Germany opposes the Nord Stream 2 pipeline.")).toContain("germany OPPOSES nord-stream-2");
  });

  it("reads a passive 'by X' as the acting subject", async () => {
    expect(await claimsOf("Recep Tayyip Erdogan was condemned by the European Parliament.")).toEqual([
      "european-parliament OPPOSES recep-tayyip-erdogan",
    ]);
  });

  it("drops negated predicates", async () => {
    expect(await claimsOf("Japan did not support the sanctions. India never opposed New START.")).toEqual([]);
  });

  it("keeps negation inside its own clause", async () => {
    // "cannot" negates "expect" only; the relative clause about approval still holds.
    const claims = await claimsOf("Joe Biden cannot expect any lifting of sanctions, which would require approval by Congress.");
    expect(claims).toEqual(["us-congress CONSTRAINS joe-biden @sanctions"]);
  });

  it("invents no agent when the article names no executive", async () => {
    expect(await claimsOf("Any lifting of sanctions would require approval by Congress.")).toEqual([]);
  });

  it("gives a legislature's required approval as a constraint on its country's executive named in the article", async () => {
    const text = "Joe Biden wants to end the embargo. But any lifting of sanctions would require approval by Congress.";
    expect(await claimsOf(text)).toContain("us-congress CONSTRAINS joe-biden @sanctions");
  });

  it("uses the stated agent of a permission when there is one", async () => {
    const claims = await claimsOf("Olaf Scholz needs the consent of the Bundestag to extend the sanctions.");
    expect(claims).toContain("bundestag CONSTRAINS olaf-scholz @sanctions");
    expect(claims).not.toContain("bundestag SUPPORTS sanctions");
  });

  it("reads 'make it impossible for X to' as a constraint on X", async () => {
    expect(await claimsOf("The Bundestag makes it impossible for Olaf Scholz to ease the sanctions on Russia.")).toContain(
      "bundestag CONSTRAINS olaf-scholz @sanctions",
    );
  });

  it("reads the antecedent of a relative clause as the subject", async () => {
    expect(await claimsOf("Xi Jinping, who praised Vladimir Putin, arrived in Moscow.")).toContain("xi-jinping SUPPORTS vladimir-putin");
  });

  it("distributes coordinated subjects", async () => {
    const claims = await claimsOf("France and Germany stand shoulder to shoulder against the revisionist Iran.");
    expect(claims).toEqual(expect.arrayContaining(["france OPPOSES iran", "germany OPPOSES iran"]));
  });

  it("distributes coordinated objects", async () => {
    const claims = await claimsOf("Boris Johnson criticized China and Iran.");
    expect(claims).toEqual(expect.arrayContaining(["boris-johnson OPPOSES china", "boris-johnson OPPOSES iran"]));
  });

  it("follows a pronoun to the person named before", async () => {
    const doc = await analyseText("Angela Merkel arrived in Washington. She criticized Donald Trump.");
    const claim = doc.data.claims!.find((c) => c.subject === "angela-merkel");
    expect(claim?.object).toBe("donald-trump");
    expect(claim?.relation).toBe("OPPOSES");
  });

  it("lowers confidence for hedged and reported claims", async () => {
    const [plain] = (await analyseText("China opposes the sanctions.")).data.claims!;
    const [hedged] = (await analyseText("China may oppose the sanctions.")).data.claims!;
    const [reported] = (await analyseText("Analysts said that China opposes the sanctions.")).data.claims!;
    expect(plain!.confidence).toBeGreaterThan(hedged!.confidence);
    expect(plain!.confidence).toBeGreaterThan(reported!.confidence);
    expect(reported!.relation).toBe("OPPOSES");
  });

  it("reads noun and adjective cues", async () => {
    expect(await claimsOf("Poland’s opposition to Nord Stream 2 is old.")).toContain("poland OPPOSES nord-stream-2");
    expect(await claimsOf("Hungary remains skeptical of the sanctions.")).toContain("hungary OPPOSES sanctions");
  });

  it("attaches the issue a constraint is about", async () => {
    expect(await claimsOf("The Senate blocked Donald Trump on sanctions.")).toContain("us-senate CONSTRAINS donald-trump @sanctions");
  });

  it("quotes the exact sentence as evidence", async () => {
    const text = "Intro line here.\n\nThe Senate blocked Donald Trump on sanctions. Another sentence.";
    const doc = await analyseText(text);
    for (const claim of doc.data.claims!) {
      expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
      expect(claim.evidence.text).toBe("The Senate blocked Donald Trump on sanctions.");
    }
  });

  it("reads an object relative: the antecedent is the object", async () => {
    expect(await claimsOf("Congress blocked a port agreement with Panama that Joe Biden had championed.")).toContain(
      "joe-biden SUPPORTS port-agreement-with-panama",
    );
  });

  it("does not take an earlier noun's entity as a relative pronoun's antecedent", async () => {
    expect(await claimsOf("Japan paid for a deal with China’s navy — a concession that Beijing had demanded for years.")).not.toContain(
      "china SUPPORTS chinese-navy",
    );
  });

  it("reads 'wants X to expand Y' as support for Y", async () => {
    expect(await claimsOf("Poland wants NATO to expand the sanctions.")).toEqual(["poland SUPPORTS sanctions"]);
  });

  it("drops what is called unlikely", async () => {
    expect(await claimsOf("It seems unlikely that France would criticise Germany.")).toEqual([]);
  });

  it("reads a characterisation as a position on what is characterised", async () => {
    expect(await claimsOf("Beijing described Japan as a threat.")).toEqual(["china OPPOSES japan"]);
    expect(await claimsOf("Canada called Mexico a reliable partner.")).toEqual(["canada SUPPORTS mexico"]);
    expect(await claimsOf("Turkey was described by Greece as an aggressor.")).toEqual(["greece OPPOSES turkey"]);
  });

  it("reads coordinated subjects of a mutual verb as supporting each other, on the issue named", async () => {
    const claims = await claimsOf("Brazil and Argentina agreed to cooperate on sanctions.");
    expect(claims).toEqual(expect.arrayContaining(["argentina SUPPORTS brazil @sanctions", "brazil SUPPORTS argentina @sanctions"]));
    expect(claims).not.toContain("brazil SUPPORTS sanctions");
  });

  it("gives a verb after a closed relative clause the main clause's subject", async () => {
    const claims = await claimsOf("Venezuela, which Western governments accuse of fraud, called the OAS statement “hypocritical”.");
    expect(claims).toContain("venezuela OPPOSES organization-of-american-states");
    expect(claims).not.toContain("the-west OPPOSES organization-of-american-states");
  });

  it("reads blocking an issue as opposing it, and as constraining whoever champions it", async () => {
    const doc = await analyseText("Peru’s Congress blocked a mining code reform that President Ana Torres had championed.");
    const claims = doc.data.claims!.map((c) => `${c.subject} ${c.relation} ${c.object}${c.issue ? ` @${c.issue}` : ""}${c.explicit ? "" : " (implied)"}`);
    expect(claims).toEqual(
      expect.arrayContaining([
        "peruvian-congress OPPOSES mining-code-reform",
        "ana-torres SUPPORTS mining-code-reform",
        "peruvian-congress CONSTRAINS ana-torres @mining-code-reform (implied)",
      ]),
    );
  });

  it("reads a noun cue whose light verb is passive: 'opposition to X was led by Y'", async () => {
    expect(await claimsOf("Opposition to the Nord Stream 2 pipeline was led by Poland.")).toContain("poland OPPOSES nord-stream-2");
  });

  it("keeps a parenthesised acronym inside its clause and coordination across a determiner", async () => {
    const claims = await claimsOf("The Gulf Cooperation Council (GCC) and the Arab League condemned Iran.");
    expect(claims).toEqual(expect.arrayContaining(["gulf-cooperation-council OPPOSES iran", "arab-league OPPOSES iran"]));
  });

  it("resolves an object 'it' to the latest issue and 'the court' to the article's court", async () => {
    const claims = await claimsOf("Kenya’s Supreme Court heard the finance bill. Activists campaigned against it, and the court struck it down.");
    expect(claims).toEqual(expect.arrayContaining(["kenyan-supreme-court OPPOSES finance-bill"]));
  });

  it("reads positions carried by nouns after a possessor", async () => {
    expect(await claimsOf("Modi’s outreach to Japan surprised Beijing.")).toContain("narendra-modi SUPPORTS japan");
    expect(await claimsOf("Erdogan’s fury at Sweden grew.")).toContain("recep-tayyip-erdogan OPPOSES sweden");
  });

  it("takes the issue a possessor owns as the object", async () => {
    expect(await claimsOf("Poland opposed Germany’s €4 billion purchase of tanks.")).toEqual(["poland OPPOSES purchase-of-tanks"]);
  });

  it("infers constraint only on proponents who could act, not on lobbies", async () => {
    const claims = await claimsOf(
      "Ghana’s parliament blocked a cocoa export deal with Brazil that President Kofi Mensah and the farmers’ association Cocobod had backed.",
    );
    expect(claims).toContain("ghanaian-parliament CONSTRAINS kofi-mensah @cocoa-export-deal-with-brazil");
    expect(claims.filter((c) => c.includes("CONSTRAINS cocobod"))).toEqual([]);
  });

  it("reads two sides joined around a relation noun, both ways", async () => {
    expect(await claimsOf("Analysts noted the worsening Indian — Pakistani relations.")).toEqual(["india OPPOSES pakistan", "pakistan OPPOSES india"]);
    expect(await claimsOf("The Turkish-Egyptian reconciliation surprised nobody.")).toEqual(["egypt SUPPORTS turkey", "turkey SUPPORTS egypt"]);
    expect(await claimsOf("The rivalry between Japan and China deepened.")).toEqual(["china OPPOSES japan", "japan OPPOSES china"]);
    // The sides count even where a dictionary issue spans the whole phrase.
    expect(await claimsOf("The shadow war between Israel and Iran went on.")).toEqual(["iran OPPOSES israel", "israel OPPOSES iran"]);
  });

  it("reads an issue's own noun with its actor inside: 'EU sanctions against Belarus'", async () => {
    expect(await claimsOf("The EU sanctions against Belarus were renewed.")).toContain("european-union OPPOSES belarus @sanctions");
  });

  it("reads 'important for X' as X's support for what is important", async () => {
    expect(await claimsOf("Nuclear arms control is important for Washington.")).toContain("united-states SUPPORTS arms-control");
  });

  it("does not coordinate across an adverb: 'in Singapore, where he met Kim, praised him'", async () => {
    const claims = await claimsOf("Donald Trump spoke in Singapore, where he met Kim Jong-un, praised him and left.");
    expect(claims).toEqual(["donald-trump SUPPORTS kim-jong-un"]);
  });

  it("finds a noun cue's actor behind 'the N of X'", async () => {
    expect(await claimsOf("Trump’s fury at the trade practices of Canada grew.")).toContain("donald-trump OPPOSES canada");
  });

  it("reads a gerund the tagger calls a noun as its cue verb, but not a nominal 'any lifting of'", async () => {
    expect(await claimsOf("Mr. Erdogan spent the week berating Sweden.")).toContain("recep-tayyip-erdogan OPPOSES sweden");
    expect(await claimsOf("Ankara cannot expect any lifting of sanctions.")).toEqual([]);
  });

  it("takes the person in apposition after an object phrase as the object", async () => {
    expect(await claimsOf("Emmanuel Macron was undercutting his host in Germany, Chancellor Olaf Scholz.")).toContain(
      "emmanuel-macron OPPOSES olaf-scholz",
    );
  });

  it("does not read a comma alone as coordination", async () => {
    const claims = await claimsOf("Awkwardly for them, the Alternative for Germany also opposed Nord Stream 2.");
    expect(claims).toEqual(["afd OPPOSES nord-stream-2"]);
    expect(await claimsOf("Boris Johnson criticized China, Iran and Russia.")).toEqual([
      "boris-johnson OPPOSES china",
      "boris-johnson OPPOSES iran",
      "boris-johnson OPPOSES russia",
    ]);
  });

  it("reads a noun cue that opens an issue's phrase: 'the Kremlin’s meddling in the U.S. elections'", async () => {
    expect(await claimsOf("Moscow’s meddling in the 2016 U.S. elections angered Congress.")).toContain(
      "russia OPPOSES united-states @election-interference",
    );
  });

  it("lowers confidence for a hedge in the governing clause: 'the odds are that X would …'", async () => {
    const [plain] = (await analyseText("Germany opposes the sanctions.")).data.claims!;
    const [hedged] = (await analyseText("The odds are that Germany would oppose the sanctions.")).data.claims!;
    expect(hedged!.relation).toBe("OPPOSES");
    expect(hedged!.confidence).toBeLessThan(plain!.confidence * 0.8);
  });

  it("reads 'blocked X from V-ing' as a constraint on X, not as anyone's position on what V-ing targets", async () => {
    const claims = await claimsOf("The Senate blocked Joe Biden from lifting the sanctions.");
    expect(claims).toContain("us-senate CONSTRAINS joe-biden @sanctions");
    expect(claims.filter((c) => c.includes("OPPOSES sanctions"))).toEqual([]);
  });
  it("lets only the first of a verb's prepositions govern its object", async () => {
    const claims = await claimsOf("Poland voted against the sanctions for the Baltic pipeline.");
    expect(claims).toEqual(["poland OPPOSES sanctions"]);
  });

  it("gives a position held by 'they' to every conjunct of its antecedent", async () => {
    const claims = await claimsOf("Brazil and Argentina met on Monday. They said they oppose the tariffs.");
    expect(claims).toEqual(["argentina OPPOSES tariffs", "brazil OPPOSES tariffs"]);
  });

  it("reads the people glossing a group noun as the holders, not the group", async () => {
    const claims = await claimsOf("Egypt’s minister met his Jordanian counterparts, Omar Haddad and Lina Farah, who both reaffirmed their support for the Nord Stream 2 pipeline.");
    expect(claims).toEqual(["lina-farah SUPPORTS nord-stream-2", "omar-haddad SUPPORTS nord-stream-2"]);
  });
  it("finds the executive a required approval constrains among the titled people the article discovers", async () => {
    const claims = await claimsOf("Senegal’s President Amara Diallo wants the mining pact. The pact requires the approval of the National Assembly.");
    expect(claims.filter((c) => c.includes("CONSTRAINS"))).toEqual(["senegalese-national-assembly CONSTRAINS amara-diallo @mining-pact"]);
  });
  it("looks through 'a return to' to what is called for", async () => {
    const claims = await claimsOf("Chile and Peru have called for a return to the Lima peace talks.");
    expect(claims).toEqual(["chile SUPPORTS lima-peace-talks", "peru SUPPORTS lima-peace-talks"]);
  });

  it("does not read a call for an actor to be treated some way as support for the actor", async () => {
    expect(await claimsOf("Lithuania called for the Wagner Group to be listed as a terrorist organisation.")).toEqual([]);
  });

  it("reads an -s verb the tagger calls a noun after a relative clause's subject", async () => {
    expect(await claimsOf("The Duma rejected a tax bill that the Kremlin backs.")).toEqual(["kremlin SUPPORTS tax-bill", "state-duma OPPOSES tax-bill"]);
  });
  it("reads a participle before the evaluating noun as part of the evaluation", async () => {
    expect(await claimsOf("Viktor Orbán described the European Commission as a “doomed failure”.")).toEqual(["viktor-orban OPPOSES european-commission"]);
  });

  it("gives a position to both collectives that share one demonym", async () => {
    expect(await claimsOf("Chinese diplomats and scholars are critical of Washington.")).toEqual([
      "chinese-diplomats OPPOSES united-states",
      "chinese-scholars OPPOSES united-states",
    ]);
  });

  it("reads a possessive pronoun as the holder of a noun cue's position", async () => {
    const claims = await claimsOf("Serbia hosted the talks. Turkey was blunt about its hostility toward Greece, and Emmanuel Macron repeated his criticism of Hungary.");
    expect(claims).toEqual(["emmanuel-macron OPPOSES hungary", "turkey OPPOSES greece"]);
  });

  it("keeps a repeated 'its' with its first owner, not the actor just named", async () => {
    const claims = await claimsOf("Diplomats sought to isolate Belarus over its actions against Lithuania and its incursion into Poland.");
    expect(claims).toContain("belarus OPPOSES poland");
    expect(claims).not.toContain("lithuania OPPOSES poland");
  });

  it("does not coordinate a possessive pronoun with the noun before 'and'", async () => {
    const claims = await claimsOf("Joe Biden spoke about the cost of NATO and his anger at Hungary.");
    expect(claims).toEqual(["joe-biden OPPOSES hungary"]);
  });

  it("drops a position whose noun a reversing verb governs over a possessor", async () => {
    const claims = await claimsOf("Olaf Scholz wants to halt the United States’ participation in the Nord Stream 2 pipeline.");
    expect(claims).not.toContain("united-states SUPPORTS nord-stream-2");
  });

  it("reads an actor joined to a phrase by a hyphenated participle as its backer", async () => {
    const claims = await claimsOf("Armenia joined the Moscow-led Syrian peace process, and Hungary welcomed the Saudi-backed Yemeni government.");
    expect(claims).toContain("russia SUPPORTS syria");
    expect(claims).toContain("saudi-arabia SUPPORTS yemeni-government");
    expect(claims).not.toContain("hungary SUPPORTS saudi-arabia");
  });

  it("takes the head of a hyphenated compound, not its modifier, as the object", async () => {
    const claims = await claimsOf("Kazakhstan noted Turkey’s participation in the Moscow-led Syrian peace process.");
    expect(claims).not.toContain("turkey SUPPORTS russia");
    expect(claims).toContain("turkey SUPPORTS syria");
  });

  it("reads the accused as the doer of the act it is accused of, with less confidence", async () => {
    const claims = await analyseText("Lawmakers accused Belarus of arming the Wagner Group. Qatar, which the European Union suspects of sheltering Hamas, stayed silent.");
    const found = claims.data.claims!.map((c) => `${c.subject} ${c.relation} ${c.object} ${c.confidence}`);
    expect(found).toContain("belarus SUPPORTS wagner-group 0.64");
    expect(found.some((c) => c.startsWith("qatar SUPPORTS hamas"))).toBe(true);
  });

  it("reads an object relative's antecedent as what a characterisation evaluates", async () => {
    expect(await claimsOf("Finland joined the Zapad exercises, which the Kremlin sees as a success.")).toContain("kremlin SUPPORTS military-exercises");
  });

  it("reads 'among' as naming who holds a position on a noun cue", async () => {
    const claims = await claimsOf("Support for the Brexit deal remains strong among British fishermen and the dock unions.");
    expect(claims).toEqual(["british-fishermen SUPPORTS brexit", "dock-unions SUPPORTS brexit"]);
  });

  it("coordinates a group counted by a number with the name before it", async () => {
    expect(await claimsOf("Amnesty International and two farmers’ unions rejected the tariffs.")).toEqual(["amnesty-international OPPOSES tariffs", "farmers-unions OPPOSES tariffs"]);
  });

  it("reads a participle the tagger calls a verb as a predicate adjective cue", async () => {
    const claims = await claimsOf("Portugal is committed to the Nord Stream 2 pipeline, and Austria remained opposed to the sanctions.");
    expect(claims).toEqual(["austria OPPOSES sanctions", "portugal SUPPORTS nord-stream-2"]);
  });

  it("reads a done approval as support, and a required one as a constraint on the executive body", async () => {
    const done = await claimsOf("The Brexit deal was approved by the Senate.");
    expect(done).toEqual(["us-senate SUPPORTS brexit"]);
    const required = await claimsOf("The Trump administration backs the tariffs. Congress, which must approve any tariffs, is divided.");
    expect(required).toContain("us-congress CONSTRAINS white-house @tariffs");
    expect(required).not.toContain("us-congress SUPPORTS tariffs");
  });

  it("reads a necessity of several words ('will have to be ratified by') as a required approval", async () => {
    const claims = await claimsOf("The Trump administration backs the tariffs. Any tariffs will have to be ratified by the Senate.");
    expect(claims).toContain("us-senate CONSTRAINS white-house @tariffs");
    expect(claims).not.toContain("us-senate SUPPORTS tariffs");
  });

  it("lets the government a sentence names act for its state when no leader is named", async () => {
    const claims = await claimsOf("Croatia’s parliament met. The mining pact requires the approval of parliament, where the government holds a narrow majority.");
    expect(claims).toEqual(["croatian-parliament CONSTRAINS croatian-government @mining-pact"]);
  });

  it("reads 'impose X on Y' and 'use X against Y' as opposing Y", async () => {
    const claims = await claimsOf("Canada imposed tariffs on China. Poland deployed troops against Belarus. The Greens used Hungary as a weapon against Viktor Orbán.");
    expect(claims).toContain("canada OPPOSES china @tariffs");
    expect(claims).toContain("poland OPPOSES belarus");
    expect(claims).not.toContain("poland OPPOSES hungary");
  });

  it("reads an evaluating adverb, and an evaluation a few modifiers on", async () => {
    const claims = await claimsOf("Poland views the Nord Stream 2 pipeline skeptically. Norway described Russia as the chief long-term regional threat.");
    expect(claims).toEqual(["norway OPPOSES russia", "poland OPPOSES nord-stream-2"]);
  });

  it("reads 'thinks (that) X is a partner' as an evaluation of X", async () => {
    const claims = await claimsOf("Serbian analysts think Viktor Orbán is a reliable partner. Estonia believes that the Nord Stream 2 pipeline is a threat.");
    expect(claims).toEqual(["estonia OPPOSES nord-stream-2", "serbian-analysts SUPPORTS viktor-orban"]);
  });

  it("gives an infinitive or gerund after a possessed noun the possessor as subject", async () => {
    const claims = await claimsOf("Critics exposed Russia’s attempt to undermine NATO. Viktor Orbán welcomed Joe Biden’s ending the White House’s policy of trying to isolate Belarus.");
    expect(claims).toContain("russia OPPOSES nato");
    expect(claims).toContain("white-house OPPOSES belarus");
    expect(claims).not.toContain("joe-biden OPPOSES belarus");
  });

  it("reads support thrown behind something by a possessive holder", async () => {
    expect(await claimsOf("Emmanuel Macron threw his full support behind the Nord Stream 2 pipeline.")).toEqual(["emmanuel-macron SUPPORTS nord-stream-2"]);
  });

  it("looks through a verb of keeping or building after a wish, and through 'ties with'", async () => {
    const claims = await claimsOf("Latvian officials said they would prefer to expand the Nord Stream 2 pipeline. Poland remains committed to strong relations with Ukraine.");
    expect(claims).toEqual(["latvian-officials SUPPORTS nord-stream-2", "poland SUPPORTS ukraine"]);
  });

  it("reads insisting on, working with, breaking with and ordering", async () => {
    const claims = await claimsOf("Norway will insist on the sanctions. Finland will keep working with Sweden. Austria broke with Hungary. The Bundestag ordered Olaf Scholz to rewrite the rules.");
    expect(claims).toEqual(["austria OPPOSES hungary", "bundestag CONSTRAINS olaf-scholz", "finland SUPPORTS sweden", "norway SUPPORTS sanctions"]);
  });

  it("reads 'has since turned' as one clause: 'since' before a verb is an adverb", async () => {
    const claims = await claimsOf("Japan, which backed the Nord Stream 2 pipeline in 2015, has since turned against it.");
    expect(claims).toContain("japan OPPOSES nord-stream-2");
  });

  it("gives no subject across ', and' to a clause with a subject of its own, nor carries control over another verb", async () => {
    const claims = await claimsOf("Poland wants to lift the sanctions on Belarus, and diplomats hope to impose the sanctions on Iran.");
    expect(claims).toEqual(["poland OPPOSES sanctions"]);
  });

  it("does not take a possessor for the subject its noun heads", async () => {
    const claims = await claimsOf("Viktor Orbán’s friendship with Putin could undermine Hungary’s standing. Hungary’s government backs the Nord Stream 2 pipeline.");
    expect(claims).not.toContain("viktor-orban OPPOSES hungary");
    expect(claims).toContain("hungarian-government SUPPORTS nord-stream-2");
  });

  it("reads 'under pressure from X' and 'under orders from X' as X constraining who acts", async () => {
    const claims = await claimsOf("Under pressure from Washington, Turkey agreed to the deal. Belarusian state media, under orders from the Kremlin, muted their criticism.");
    expect(claims).toEqual(["kremlin CONSTRAINS belarusian-state-media", "united-states CONSTRAINS turkey"]);
  });

  it("reads 'the ruling' as the court that issued it, and an -s verb right after 'which'", async () => {
    const text = "Poland’s Constitutional Court struck down the abortion law. The ruling, which bars the Polish government from funding clinics, angered Brussels.";
    expect(await claimsOf(text)).toContain("polish-constitutional-court CONSTRAINS polish-government");
  });

  it("reverses a position on the undoing of something: 'called for the lifting of sanctions'", async () => {
    const claims = await claimsOf("Hungary called for the lifting of sanctions. Poland opposed the repeal of the sanctions. Austria backed the sanctions.");
    expect(claims).toEqual(["austria SUPPORTS sanctions", "hungary OPPOSES sanctions", "poland SUPPORTS sanctions"]);
  });

  it("gives a mutual verb whose subject is 'the parties' to both states", async () => {
    const claims = await claimsOf("Joe Biden met Xi Jinping. Biden and Xi spoke for hours. The parties agreed to cooperate on climate.");
    expect(claims.filter((c) => c.includes("mutual") || c.startsWith("china") || c.startsWith("united-states"))).toEqual(["china SUPPORTS united-states", "united-states SUPPORTS china"]);
  });

  it("reads feelings about an act as a position on whoever owns the act, and about his allies as one on the allies, not on him", async () => {
    const claims = await claimsOf("Viktor Orbán spoke. Serbian officials were upset by his reversal on migration. Croatia was alarmed by his allies.");
    expect(claims).toEqual(["croatia OPPOSES orbans-allies", "serbian-officials OPPOSES viktor-orban @migration"]);
  });

  it("names a group by its owner, resolving a possessive to the nearest person, and reads a stance noun as the group's stance toward its owner", async () => {
    const claims = await claimsOf(
      "Ivan Petrov, a scholar at the academy, said the summit matters most for Joe Biden, who needs calm to stop his political opponents from using the scandal. Critics of Mr. Biden met in Boston. Joe Biden thanked his loyal supporters in Ohio. His advisers flew home.",
    );
    expect(claims).toEqual(["bidens-critics OPPOSES joe-biden", "bidens-opponents OPPOSES joe-biden", "bidens-supporters SUPPORTS joe-biden"]);
  });

  it("reads a possessive pronoun's group as an actor of its own ('his senior national security appointees')", async () => {
    const claims = await claimsOf("Joe Biden praised Moscow, but his senior national security appointees are considerably more critical of Russia.");
    expect(claims).toEqual(["bidens-appointees OPPOSES russia", "joe-biden SUPPORTS russia"]);
  });

  it("gives an infinitive the object of a verb that moves it to act ('prompted some lawmakers to demand'), not of one that forces it", async () => {
    const claims = await claimsOf(
      "The verdict prompted some Greek lawmakers to demand the cancellation of the Nord Stream 2 pipeline. The court forced Cyprus to back the EastMed pipeline.",
    );
    expect(claims).toEqual(["cypriot-court CONSTRAINS cyprus @eastmed-pipeline", "greek-lawmakers OPPOSES nord-stream-2"]);
  });

  it("reads 'American military exercises with Germany’s army' as one issue, not as the American military", async () => {
    const claims = await claimsOf("Joe Biden pledged to end joint American military exercises with Germany’s army.");
    expect(claims).toEqual(["joe-biden OPPOSES joint-american-military-exercises-with-germanys-army"]);
  });

  it("skips an object owned by a possessor when looking for a subject, and keeps an issue past a later verb to that verb", async () => {
    const claims = await claimsOf("Joe Biden arrived in Warsaw, where he met Poland’s president Andrzej Duda, praised him and then pledged to lift the sanctions.");
    expect(claims).toEqual(["joe-biden OPPOSES sanctions", "joe-biden SUPPORTS andrzej-duda"]);
  });

  it("reads ', as X would wish,' as X supporting the phrase before it, and lends X to no verb after the aside", async () => {
    const claims = await claimsOf(
      "President Joe Biden spoke. The allies are split over whether to focus on the sanctions, as the President would wish, or on expanding the Nord Stream 2 pipeline.",
    );
    expect(claims).toEqual(["joe-biden SUPPORTS sanctions"]);
  });

  it("reads 'has to get it through the Senate' as the Senate constraining, and a passage already made as nothing", async () => {
    const claims = await claimsOf("Joe Biden signed the New START treaty, but he still has to get it through the Senate. Barack Obama got the budget through the Senate.");
    expect(claims).toEqual(["us-senate CONSTRAINS joe-biden @new-start"]);
  });

  it("reads curtailing an issue as opposing it, with the act's owner as the subject of its infinitive", async () => {
    const claims = await claimsOf("In return, Washington won Beijing’s pledges of support to curtail North Korea’s nuclear tests.");
    expect(claims).toEqual(["china OPPOSES north-korean-nuclear-program"]);
  });

  it("reads a name after a fronted time phrase with no comma as the clause's subject ('In the coming years Hungary will …')", async () => {
    expect(await claimsOf("In the coming years Hungary will follow the Russian line.")).toEqual(["hungary SUPPORTS russia"]);
  });

  it("gives a subject pronoun after 'lest' the subject of the clause it hangs on, and reads 'opposition to X in Congress' as Congress's", async () => {
    const claims = await claimsOf(
      "But Joe Biden cautioned that Barack Obama could not afford to be too chummy with the Russian leader, lest he strengthen opposition to his energy policy in Congress.",
    );
    expect(claims).toEqual(["us-congress OPPOSES barack-obama"]);
  });

  it("reads an 'anti-' prefix on a demonym as its owner's or its 'by' agent's opposition to that state", async () => {
    const claims = await claimsOf(
      "The summit ended the venomous anti-Chinese tirades by Poland’s state-controlled news outlets. Moscow’s anti-Western propaganda continued. Anti-Turkish feeling ran high.",
    );
    expect(claims).toEqual(["polands-news-outlets OPPOSES china", "russia OPPOSES the-west"]);
  });

  it("reads a punitive measure naming its target as its imposer opposing the target, not the owner in an apposition", async () => {
    const claims = await claimsOf("The new round of EU sanctions announced in May included Rosneft, Russia’s largest oil company, and hit its exports.");
    expect(claims).toEqual(["european-union OPPOSES rosneft @sanctions"]);
  });

  it("reads a message sent to an actor by its evaluating word ('send Moscow a disapproving signal'), and a plain one as nothing", async () => {
    const claims = await claimsOf("Washington wants to send Moscow a clear and disapproving signal. Germany gave Kyiv a reassuring message. Poland sent Hungary a letter.");
    expect(claims).toEqual(["germany SUPPORTS ukraine", "united-states OPPOSES russia"]);
  });

  it("asserts no option of an open question ('divided over whether to focus on X or on strengthening Y')", async () => {
    const claims = await claimsOf("The NATO allies are divided over whether to focus on counterterrorism, as Poland would wish, or on strengthening the sanctions against Russia.");
    expect(claims).toEqual(["poland SUPPORTS counterterrorism"]);
  });

  it("reads a pair phrase after 'opposition to' or 'hostile to' as something wanted or feared, not as the two reconciled", async () => {
    expect(await claimsOf("Poland voiced opposition to German-Russian reconciliation. Hungary is hostile to French-Turkish reconciliation.")).toEqual([]);
    expect(await claimsOf("The German-Russian reconciliation worried Warsaw.")).toEqual(["germany SUPPORTS russia", "russia SUPPORTS germany"]);
  });

  it("reads offering someone to sign an issue as supporting the issue, with a gerund's subject right after a verb", async () => {
    const claims = await claimsOf("One cannot exclude Moscow offering Kyiv to sign a limited ceasefire agreement. Russia offered Ukraine a prisoner exchange.");
    expect(claims).toEqual(["russia SUPPORTS limited-ceasefire-agreement"]);
  });

  it("reads a favour given to an actor ('give Putin some quick wins') as support", async () => {
    expect(await claimsOf("Hungarian officials are looking for ways to give Vladimir Putin some perceived quick wins.")).toEqual(["hungarian-officials SUPPORTS vladimir-putin"]);
  });

  it("reads limiting an actor's influence as opposing the actor, and limiting the actor as constraining it", async () => {
    expect(await claimsOf("Washington wants to limit Iran’s growing influence in Iraq.")).toEqual(["united-states OPPOSES iran"]);
    expect(await claimsOf("Congress wants to limit Joe Biden’s authority.")).toEqual(["us-congress CONSTRAINS joe-biden"]);
  });

  it("gives a relative after an apposition ('X, one of NATO’s largest drills since …, which') the name the apposition describes", async () => {
    const claims = await claimsOf("Poland will join Trident Juncture, one of NATO’s largest drills since the end of the Cold War, which Belarus sees as a provocation.");
    expect(claims).toEqual(["belarus OPPOSES nato-exercises"]);
  });

  it("reads weaning someone away from actors as opposing those actors", async () => {
    expect(await claimsOf("Brussels wants to wean Serbia away from Russia and China.")).toEqual(["european-union OPPOSES china", "european-union OPPOSES russia"]);
  });

  it("reads a bare quantified group of officials as the home state's, unless a place says whose they are", async () => {
    const claims = await claimsOf("Russia hosted the talks in Moscow. Many policymakers echo Donald Trump’s remarks. Some officials in Brussels criticised Russia.");
    expect(claims).toEqual(["russian-policymakers SUPPORTS donald-trump"]);
  });

  it("gives the speaker of 'X said that Y should …' Y's position, as a weaker, implied claim", async () => {
    expect(await claimsOf("Vladimir Putin said that the EU should end the sanctions.")).toEqual(["european-union OPPOSES sanctions", "vladimir-putin OPPOSES sanctions"]);
    expect(await claimsOf("Vladimir Putin said this week that the west should negotiate to end the sanctions.")).toEqual(["vladimir-putin OPPOSES sanctions"]);
  });

  it("takes no position from the alternative turned down ('engage rather than condemn Russia')", async () => {
    expect(await claimsOf("Hungary chose to engage rather than condemn Russia.")).toEqual([]);
  });

  it("gives a stance noun in a sentence-opening participial clause to the main clause's subject, and names a described group", async () => {
    const claims = await claimsOf(
      "Deploying bloggers, troll farms and support for far-right nationalist forces in Europe, Vladimir Putin has long sought to divide the European Union.",
    );
    expect(claims).toEqual(["vladimir-putin OPPOSES european-union @disinformation", "vladimir-putin SUPPORTS far-right-nationalist-forces @disinformation"]);
  });

  it("reads backing a punitive measure on a target as opposing the target on that measure", async () => {
    expect(await claimsOf("Poland backed the sanctions against the Kremlin.")).toEqual(["poland OPPOSES kremlin @sanctions", "poland SUPPORTS sanctions"]);
    expect(await claimsOf("Germany pushed for new sanctions on North Korea.")).toEqual(["germany OPPOSES north-korea @sanctions", "germany SUPPORTS sanctions"]);
    expect(await claimsOf("Poland voiced support for new sanctions on Belarus.")).toEqual(["poland OPPOSES belarus @sanctions", "poland SUPPORTS sanctions"]);
  });

  it("gives what things look like after 'From X’s point of view,' to X", async () => {
    const claims = await claimsOf(
      "From Warsaw’s point of view, German leaders might look slow, but most of them still appear to be more reliable than Hungary. From Tokyo’s perspective, China is a threat.",
    );
    expect(claims).toEqual(["japan OPPOSES china", "poland SUPPORTS german-leaders"]);
  });

  it("reads starting a war with someone as opposing them", async () => {
    expect(await claimsOf("Joe Biden has started a trade war with Canada.")).toEqual(["joe-biden OPPOSES canada @trade-war"]);
  });

  it("does not take a conjunct of a preposition's object for the subject ('between America and its allies')", async () => {
    expect(await claimsOf("Anything that stokes divisions between America and its allies is viewed by Moscow as a victory.")).toEqual([]);
  });

  it("reads concurring with and following an actor as support", async () => {
    expect(await claimsOf("Slovakia concurs with Polish assessments. Hungary follows Russia’s lead.")).toEqual(["hungary SUPPORTS russia"]);
    expect(await claimsOf("Slovakia concurs with Poland on the sanctions.")).toEqual(["slovakia SUPPORTS poland @sanctions"]);
  });

  it("reads a copula with an evaluating noun owned by, or pointed at, an actor", async () => {
    const claims = await claimsOf("Belarus is already one of Russia’s most loyal partners. Iran is a threat to Israel. Poland is a member of NATO.");
    expect(claims).toEqual(["belarus SUPPORTS russia", "iran OPPOSES israel"]);
  });

  it("gives a verb after 'but' with no subject of its own the subject before it", async () => {
    expect(await claimsOf("Poland backed the sanctions but opposed the Nord Stream 2 pipeline.")).toEqual(["poland OPPOSES nord-stream-2", "poland SUPPORTS sanctions"]);
  });

  it("reads 'X said it …' as X speaking of itself, past a quoted verb and its object", async () => {
    const claims = await claimsOf("The Polish Foreign Ministry said it “regretted” the Commission’s decision but remained committed to the sanctions.");
    expect(claims).toEqual(["polish-foreign-ministry SUPPORTS sanctions"]);
  });

  it("reads a party's members in the plural as the party", async () => {
    const claims = await claimsOf("Senator Ana Ruiz of the Green Party spoke. Boris Johnson criticised the Greens.");
    expect(claims).toEqual(["boris-johnson OPPOSES green-party"]);
  });

  it("looks through a transparent noun in a direct object: 'support studies for the pipeline'", async () => {
    const claims = await claimsOf("The European Commission continued to support feasibility studies for the Nord Stream 2 pipeline.");
    expect(claims).toEqual(["european-commission SUPPORTS nord-stream-2"]);
  });

  it("reads a capital as its state", async () => {
    expect(await claimsOf("Athens condemned Ankara, and Warsaw backed Vilnius.")).toEqual(["greece OPPOSES turkey", "poland SUPPORTS lithuania"]);
  });

  it("reads two names joined by a hyphen as acting together", async () => {
    expect(await claimsOf("There is a shared Orbán-Erdogan hostility toward the European Union.")).toEqual([
      "recep-tayyip-erdogan OPPOSES european-union",
      "viktor-orban OPPOSES european-union",
    ]);
  });

  it("reads 'blame X on Y' as opposing Y, and 'blame X for Y' as opposing X", async () => {
    const claims = await claimsOf("Hungary blamed Joe Biden’s failure to act on the European Union. Poland blamed Joe Biden for the crisis.");
    expect(claims).toEqual(["hungary OPPOSES european-union", "poland OPPOSES joe-biden"]);
  });

  it("reads 'blame X on Y' however long X is, and a possessor's quoted group as Y", async () => {
    const claims = await claimsOf("Hungary blamed the failure of its own leaders to reach out to Vladimir Putin earlier on Washington’s “foreign policy establishment.”");
    expect(claims).toEqual(["hungary OPPOSES us-foreign-policy-establishment"]);
  });

  it("reads a described apposition as the actor named before it, for a relative clause after it", async () => {
    const claims = await claimsOf("Fidesz, a nationalist ruling party that invariably echoes the Kremlin’s line, won again.");
    expect(claims).toEqual(["fidesz SUPPORTS kremlin"]);
  });

  it("does not read a following clause's subject as a person's apposition", async () => {
    const claims = await claimsOf("To avoid offending Mr. Biden, the state news media, under orders from the Kremlin, muted its criticism.");
    expect(claims).toEqual(["kremlin CONSTRAINS state-news-media"]);
  });

  it("gives a position stated in the first person inside a quotation to its speaker", async () => {
    expect(await claimsOf("“We will never accept the Nord Stream 2 pipeline, and we oppose the sanctions,” said Senator Ana Ruiz.")).toEqual(["ana-ruiz OPPOSES sanctions"]);
  });

  it("does not look through the verb itself as a transparent noun: 'embracing closer ties with Russia'", async () => {
    expect(await claimsOf("Few Hungarian politicians are embracing closer ties with Russia.")).not.toContain("hungarian-politicians CONSTRAINS russia");
  });

  it("reads a copula only for the subject right before it, not for whoever thinks it", async () => {
    const claims = await claimsOf("Serbian analysts think Viktor Orbán is a reliable partner for Moscow.");
    expect(claims).not.toContain("serbian-analysts SUPPORTS russia");
  });

  it("names an issue by the noun phrase a stance cue governs, though no dictionary knows it", async () => {
    const claims = await claimsOf(
      "The Dutch Supreme Court ruled against mandatory identity cards. Poland insisted on tougher emission standards. Spain promoted electric buses.",
    );
    expect(claims).toEqual([
      "dutch-supreme-court OPPOSES mandatory-identity-cards",
      "poland SUPPORTS tougher-emission-standards",
      "spain SUPPORTS electric-buses",
    ]);
  });

  it("keeps a governed issue's 'of' complement of plain nouns, and coordinated adjectives, in its name", async () => {
    const claims = await claimsOf("Ireland backed independent audits of asylum decisions. Austria opposed general and blanket surveillance.");
    expect(claims).toEqual(["austria OPPOSES general-and-blanket-surveillance", "ireland SUPPORTS independent-audits-of-asylum-decisions"]);
  });

  it("names no issue by a vague noun, a gerund with a complement, or a phrase whose complement is already an issue", async () => {
    const claims = await claimsOf(
      "Portugal welcomed the idea. Denmark supported the move. Finland opposed siding with Serbia. Belgium opposed the construction of the Nord Stream 2 pipeline.",
    );
    expect(claims).toEqual(["belgium OPPOSES nord-stream-2"]);
  });

  it("names an issue by the phrase an object relative's stance verb governs, its complement included but not as an issue of its own", async () => {
    const claims = await claimsOf(
      "The report examined the kind of facial recognition software that the Norwegian government has long defended. The ministry relies on patrols at sea, which Greenpeace opposes.",
    );
    expect(claims).toEqual(["greenpeace OPPOSES patrols-at-sea", "norwegian-government SUPPORTS facial-recognition-software"]);
  });

  it("reads a participle before a noun as a modifier in a governed phrase, and a vague head as no issue", async () => {
    const claims = await claimsOf(
      "The paper described the supposed network of hidden lobbyists that the Kremlin has long blamed for its problems. The envoy proposed a formula that Saudi officials criticised.",
    );
    expect(claims).toEqual(["kremlin OPPOSES supposed-network-of-hidden-lobbyists"]);
  });

  it("turns the stance round under a light verb that undoes it ('lacks enthusiasm about', 'withdrew its support for'), and reads nothing under a mere reverser", async () => {
    const claims = await claimsOf(
      "The Hungarian military lacks enthusiasm about the sanctions. Poland withdrew its support for the Nord Stream 2 pipeline. Germany suspended its pressure on China.",
    );
    expect(claims).toEqual(["hungarian-military OPPOSES sanctions", "poland OPPOSES nord-stream-2"]);
  });

  it("continues a list of objects past an aside and a repeated preposition: 'about X and, especially, about Y'", async () => {
    const claims = await claimsOf("Poland voted against the sanctions and, notably, against the Nord Stream 2 pipeline. Spain backed the sanctions and, in Brussels, the TurkStream pipeline.");
    expect(claims).toEqual(["poland OPPOSES nord-stream-2", "poland OPPOSES sanctions", "spain SUPPORTS sanctions"]);
  });

  it("looks through funding and guarantees for a project to the project", async () => {
    const claims = await claimsOf("Italy voted against any state guarantees for the Nord Stream 2 pipeline.");
    expect(claims).toEqual(["italy OPPOSES nord-stream-2"]);
  });

  it("keeps an object described by a participle after it: 'promoted electric ferries linking Denmark and Sweden'", async () => {
    expect(await claimsOf("Norway has instead promoted electric ferries linking Denmark and Sweden.")).toEqual(["norway SUPPORTS electric-ferries"]);
  });

  it("gives the infinitive after 'pressed X …' to the one who presses, not to a noun before it that X does not own", async () => {
    expect(await claimsOf("Warsaw reportedly pressed Vilnius last month to preserve the existing sanctions.")).toEqual(["poland SUPPORTS sanctions"]);
  });

  it("gives the infinitive after an act and its 'of' complement to the act's owner: 'Turkey’s dispatch of drones and advisers to support …'", async () => {
    const claims = await claimsOf("Moscow condemned Turkey’s dispatch of drones and advisers to support the Syrian opposition.");
    expect(claims).toEqual(["russia OPPOSES turkey", "turkey SUPPORTS syrian-opposition"]);
  });

  it("reads a wish for someone else's stance verb as that stance, not as support for its object", async () => {
    expect(await claimsOf("Hungary wants the European Union to lift the sanctions.")).toEqual(["hungary OPPOSES sanctions"]);
  });

  it("reads regret for an actor's decision as opposing the actor, past the quotation marks around the verb", async () => {
    const claims = await claimsOf("The Polish Foreign Ministry said it “regretted” the European Commission’s decision.");
    expect(claims).toEqual(["polish-foreign-ministry OPPOSES european-commission"]);
  });

  it("reads 'X says Y is essential' as X's evaluation of Y, in a relative clause too", async () => {
    expect(await claimsOf("The Estonian government says the Rail Baltica project is essential.")).toEqual(["estonian-government SUPPORTS rail-baltica-project"]);
    const claims = await claimsOf("The Rail Baltica project, which the Estonian government says is essential to its economy, was approved on Monday.");
    expect(claims).toContain("estonian-government SUPPORTS rail-baltica-project");
  });

  it("reads a capitalised plural after 'the' that acts as a body of its own, but a plural demonym as no body", async () => {
    const claims = await claimsOf("The Pirates, who led the resistance to the Nord Stream 2 pipeline, spoke. Later the Ukrainians opposed the sanctions.");
    expect(claims).toEqual(["pirates OPPOSES nord-stream-2"]);
  });
});

describe("contrasts", () => {
  it("gives the phrase after 'rather than' / 'instead of' the opposite position, and leaves a contrasted verb alone", async () => {
    expect(await claimsOf("Norway and Iceland pushed for a return to the Minsk talks rather than new sanctions.")).toEqual([
      "iceland OPPOSES sanctions",
      "iceland SUPPORTS minsk-talks",
      "norway OPPOSES sanctions",
      "norway SUPPORTS minsk-talks",
    ]);
    expect(await claimsOf("Poland opposed the Nord Stream 2 pipeline instead of the TurkStream pipeline.")).toEqual(["poland OPPOSES nord-stream-2", "poland SUPPORTS turkstream"]);
    expect(await claimsOf("Hungary backed the sanctions rather than reject them.")).toEqual(["hungary SUPPORTS sanctions"]);
  });
});

describe("joint action", () => {
  it("reads coordinated subjects acting together ('shoulder to shoulder', 'jointly') as supporting each other, but not a plain shared verb", async () => {
    expect(await claimsOf("Norway and Iceland stand shoulder to shoulder against the sanctions.")).toEqual([
      "iceland OPPOSES sanctions",
      "iceland SUPPORTS norway @sanctions",
      "norway OPPOSES sanctions",
      "norway SUPPORTS iceland @sanctions",
    ]);
    expect(await claimsOf("Spain and Portugal jointly opposed the Nord Stream 2 pipeline.")).toContain("spain SUPPORTS portugal @nord-stream-2");
    expect(await claimsOf("Poland and Hungary opposed the sanctions.")).toEqual(["hungary OPPOSES sanctions", "poland OPPOSES sanctions"]);
  });
});
