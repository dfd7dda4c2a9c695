// The scores extraction must not fall below (data/gold/floors.json), and the check the quality test runs.
// Floors are measured figures rounded down; raise them when the pipeline improves, never lower them to make a test pass.
import { z } from "zod";
import type { EvalReport, ReportSet } from "./evaluate.ts";

const score = z.number().min(0).max(1);

export const FloorsSchema = z.object({
  bundled: z.object({ f1: score, precision: score }),
  heldOut: z.object({ f1: score }),
  /** Precision of the confident triples (edge confidence ≥ 0.8) over both sets as one graph. */
  confidentPrecision: score,
});
export type Floors = z.infer<typeof FloorsSchema>;

/** The figures the floors guard, as measured in a report that holds both sets; 0/0 counts as 0. */
export function guardedFigures(report: EvalReport): Floors {
  const set = (name: ReportSet) => {
    const found = report.sets.find((s) => s.name === name);
    if (!found) throw new Error(`eval: the report has no "${name}" set (run both sets to check floors)`);
    return found;
  };
  return {
    bundled: { f1: set("bundled").overall.f1 ?? 0, precision: set("bundled").overall.precision ?? 0 },
    heldOut: { f1: set("heldOut").overall.f1 ?? 0 },
    confidentPrecision: set("all").confident.precision ?? 0,
  };
}

/** One line per figure below its floor; empty when extraction is at least as good as the floors say. */
export function belowFloors(measured: Floors, floors: Floors): string[] {
  const checks: [string, number, number][] = [
    ["bundled F1", measured.bundled.f1, floors.bundled.f1],
    ["bundled precision", measured.bundled.precision, floors.bundled.precision],
    ["held-out F1", measured.heldOut.f1, floors.heldOut.f1],
    ["confident precision", measured.confidentPrecision, floors.confidentPrecision],
  ];
  return checks.filter(([, value, floor]) => value < floor).map(([name, value, floor]) => `${name} ${value.toFixed(3)} is below its floor ${floor}`);
}

/** Figures rounded down to two decimals: what a new floors file holds. */
export function floorsFrom(measured: Floors): Floors {
  const down = (value: number) => Math.floor(value * 100 + 1e-9) / 100;
  return {
    bundled: { f1: down(measured.bundled.f1), precision: down(measured.bundled.precision) },
    heldOut: { f1: down(measured.heldOut.f1) },
    confidentPrecision: down(measured.confidentPrecision),
  };
}
