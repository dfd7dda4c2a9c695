// Gold files: the schema accepts the annotations as the guide describes them and names the field that is wrong.
import { describe, expect, it } from "vitest";
import { parseGold, setOf } from "../../src/eval/gold.ts";
import { readGold } from "../../src/eval/run.ts";
import { ROOT } from "../helpers/cli.ts";
import path from "node:path";

const valid = {
  article: "950_example",
  style: "news report",
  heldOut: true,
  entities: {
    "U.S. Congress": { type: "institution", aliases: ["Congress"] },
    "Donald Trump": { type: "person", aliases: ["Mr. Trump"] },
    sanctions: { type: "issue", aliases: [] },
  },
  claims: [
    { subject: "U.S. Congress", relation: "CONSTRAINS", object: "Donald Trump", issue: "sanctions", explicit: false, hedged: false, evidence: "which would require approval by Congress" },
  ],
};

describe("parseGold", () => {
  it("reads a file written as the annotation guide describes", () => {
    const gold = parseGold("950_example.json", valid);
    expect(gold.claims).toHaveLength(1);
    expect(setOf(gold)).toBe("heldOut");
    expect(setOf(parseGold("950_example.json", { ...valid, heldOut: undefined }))).toBe("bundled");
  });

  it("names the claim field whose entity is not declared", () => {
    const claims = [{ ...valid.claims[0], object: "Donald J. Trump" }];
    expect(() => parseGold("950_example.json", { ...valid, claims })).toThrow(/950_example\.json: claims\.0\.object: "Donald J\. Trump" is not one of the entities/);
  });

  it("refuses an unknown relation or entity type, naming the file", () => {
    expect(() => parseGold("950_example.json", { ...valid, claims: [{ ...valid.claims[0], relation: "LIKES" }] })).toThrow(
      expect.objectContaining({ name: "ValidationError", message: expect.stringMatching(/^gold 950_example\.json: claims\.0\.relation/) }),
    );
    expect(() => parseGold("950_example.json", { ...valid, entities: { ...valid.entities, sanctions: { type: "topic", aliases: [] } } })).toThrow(/entities\.sanctions\.type/);
  });

  it("refuses a file whose article id is not its name", () => {
    expect(() => parseGold("951_other.json", valid)).toThrow(/does not match the file name/);
  });

  it("accepts every gold file shipped in data/gold", async () => {
    const gold = await readGold(path.join(ROOT, "data", "gold"));
    expect(gold.filter((g) => setOf(g) === "bundled")).toHaveLength(5);
    expect(gold.filter((g) => setOf(g) === "heldOut")).toHaveLength(4);
  });
});
