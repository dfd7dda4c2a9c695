// `kg eval` as a child process: the JSON report's shape, the set flags, the text report, and one-line errors for bad gold.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RELATIONS } from "../../src/model/index.ts";
import { kg } from "../helpers/cli.ts";

const figuresShape = {
  precision: expect.toSatisfy((v: unknown) => v === null || (typeof v === "number" && v >= 0 && v <= 1)),
  recall: expect.toSatisfy((v: unknown) => v === null || (typeof v === "number" && v >= 0 && v <= 1)),
  f1: expect.toSatisfy((v: unknown) => v === null || (typeof v === "number" && v >= 0 && v <= 1)),
  matched: expect.any(Number),
  gold: expect.any(Number),
  extracted: expect.any(Number),
};

describe("kg eval", () => {
  let report: { threshold: number; sets: Record<string, any>[]; alignment: { article: string; entities: unknown[] }[] };

  beforeAll(async () => {
    const result = await kg(["eval", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(result.stdout);
  });

  it("reports the bundled and held-out sets apart, and both together", () => {
    expect(report.sets.map((s) => s.name)).toEqual(["bundled", "heldOut", "all"]);
    expect(report.sets[0]!.articles).toHaveLength(5);
    expect(report.sets[1]!.articles).toEqual(["900_trade_deal_veto", "901_surveillance_court", "902_missile_test_condemnation", "903_pipeline_and_frigates"]);
    expect(report.threshold).toBe(0.8);
  });

  it("gives P/R/F1 overall, per relation and issue-aware, explicit recall and confident precision for each set", () => {
    for (const set of report.sets) {
      expect(set.overall).toEqual(figuresShape);
      expect(Object.keys(set.byRelation)).toEqual([...RELATIONS]);
      for (const relation of RELATIONS) expect(set.byRelation[relation]).toEqual(figuresShape);
      expect(set.issueAware).toEqual(figuresShape);
      expect(set.explicitRecall).toEqual({ recall: expect.anything(), matched: expect.any(Number), gold: expect.any(Number) });
      expect(set.confident).toMatchObject({ threshold: 0.8, matched: expect.any(Number), extracted: expect.any(Number) });
      expect(set.overall.gold).toBeGreaterThan(50);
    }
  });

  it("lists missed gold claims with their evidence and extracted claims with the rule that fired", () => {
    const [bundled] = report.sets;
    expect(bundled!.missed.length).toBeGreaterThan(0);
    expect(bundled!.missed[0]).toMatchObject({ article: expect.any(String), relation: expect.any(String), evidence: expect.any(String), names: expect.any(Object) });
    for (const item of bundled!.spurious) expect(item).toMatchObject({ evidence: expect.any(String), rule: expect.stringMatching(/\//), confidence: expect.any(Number) });
  });

  it("maps gold names to node ids, article by article", () => {
    const first = report.alignment.find((a) => a.article === "000_3d1cf8fe319097b3");
    expect(first!.entities).toContainEqual({ name: "U.S. Congress", id: "us-congress", how: "name", via: "U.S. Congress", also: [] });
  });

  it("lists the gold entities the pipeline splits over several nodes, and counts the split-off node's claims as the entity's", async () => {
    const held = report.alignment.find((a) => a.article === "900_trade_deal_veto");
    expect(held!.entities).toContainEqual(expect.objectContaining({ name: "China", id: "china", also: [{ id: "chinese-diplomats", via: "Chinese diplomats" }] }));
    const heldOut = report.sets.find((s) => s.name === "heldOut")!;
    expect(heldOut.spurious.map((s: { names: { subject: string } }) => s.names.subject)).not.toContain("Chinese diplomats");
    const result = await kg(["eval", "--held-out"]);
    expect(result.stdout).toMatch(/^ {4}China → china \+ chinese-diplomats \("Chinese diplomats"\)$/m);
  });

  it("scores one set when asked, and prints tables and lists as text by default", async () => {
    const result = await kg(["eval", "--held-out"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^set\s+gold\s+extracted\s+matched\s+P\s+R\s+F1/m);
    expect(result.stdout).toMatch(/^held-out\s+\d+/m);
    expect(result.stdout).not.toMatch(/^bundled\s/m);
    expect(result.stdout).toMatch(/^SUPPORTS\s+/m);
    expect(result.stdout).toMatch(/^Missed gold claims \(\d+/m);
    expect(result.stdout).toMatch(/^ {2}900_trade_deal_veto$/m);
    // One claim per line, evidence cut short.
    for (const line of result.stdout.split("\n").filter((l) => l.includes("«"))) expect(line.length).toBeLessThan(420);
  });

  it("fails in one line, with exit 1, when the gold folder is missing or a gold file is invalid", async () => {
    const missing = await kg(["eval", "--gold", path.join(os.tmpdir(), "no-such-gold-folder")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n").filter((l) => l.startsWith("kg:"))).toEqual([expect.stringMatching(/no such folder/)]);

    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-gold-"));
    await writeFile(path.join(dir, "950_bad.json"), JSON.stringify({ article: "950_bad", entities: {}, claims: [{ subject: "X" }] }));
    const invalid = await kg(["eval", "--gold", dir]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^kg: gold 950_bad\.json: claims\.0\.relation: /m);
    expect(invalid.stdout).toBe("");
  });

  it("reads another gold folder, finding each text in its articles/ folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-gold-"));
    await mkdir(path.join(dir, "articles"));
    await writeFile(path.join(dir, "articles", "950_small.txt"), "Mr. Putin cannot expect any lifting of sanctions, which would require approval by Congress.\n");
    const gold = {
      article: "950_small",
      heldOut: true,
      entities: {
        "U.S. Congress": { type: "institution", aliases: ["Congress"] },
        "Vladimir Putin": { type: "person", aliases: ["Mr. Putin"] },
        sanctions: { type: "issue", aliases: ["sanctions"] },
      },
      claims: [{ subject: "Vladimir Putin", relation: "OPPOSES", object: "sanctions", issue: null, explicit: false, hedged: false, evidence: "Mr. Putin cannot expect any lifting of sanctions" }],
    };
    await writeFile(path.join(dir, "950_small.json"), JSON.stringify(gold));
    const result = await kg(["eval", "--gold", dir, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const small = JSON.parse(result.stdout);
    expect(small.sets.map((s: { name: string }) => s.name)).toEqual(["heldOut"]);
    expect(small.sets[0].overall.gold).toBe(1);

    const noBundled = await kg(["eval", "--gold", dir, "--bundled"]);
    expect(noBundled.code).toBe(1);
    expect(noBundled.stderr).toMatch(/no gold files for bundled/);

    await writeFile(path.join(dir, "951_orphan.json"), JSON.stringify({ ...gold, article: "951_orphan" }));
    const noText = await kg(["eval", "--gold", dir]);
    expect(noText.code).toBe(1);
    expect(noText.stderr).toMatch(/^kg: gold 951_orphan\.json: no article text 951_orphan\.txt/m);
  });
});
