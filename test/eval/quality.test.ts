// Regression guard: the pipeline's scores against the gold standard stay at or above data/gold/floors.json.
// When extraction improves, raise the floors to the new figures rounded down; a drop below them fails here.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { belowFloors, FloorsSchema, guardedFigures, type Floors } from "../../src/eval/floors.ts";
import { FLOORS_FILE, GOLD_DIR, runEvaluation } from "../../src/eval/run.ts";

describe("extraction quality against the gold standard", () => {
  let floors: Floors;
  let measured: Floors;

  beforeAll(async () => {
    floors = FloorsSchema.parse(JSON.parse(await readFile(path.join(GOLD_DIR, FLOORS_FILE), "utf8")));
    // The floors guard the rule pipeline: no model, whatever KG_LLM_* says, so the figures are deterministic.
    measured = guardedFigures(await runEvaluation({ extractor: "rules" }));
  });

  it("keeps bundled F1 and precision, held-out F1 and confident precision at or above their floors", () => {
    expect(belowFloors(measured, floors), `measured ${JSON.stringify(measured)}`).toEqual([]);
  });

  it("reads a drop below any floor as a failure", () => {
    const worse: Floors = { ...measured, heldOut: { f1: floors.heldOut.f1 - 0.01 } };
    expect(belowFloors(worse, floors)).toEqual([expect.stringMatching(/^held-out F1 .* is below its floor/)]);
  });
});
