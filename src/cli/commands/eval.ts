// `kg eval [--gold DIR] [--json] [--held-out | --bundled | --all] [--extractor rules|llm|both]`: scores the pipeline against the hand-made gold standard.
// The scores are information, so any result exits 0; a missing or invalid gold file (or article text) is one line and exit 1.
import path from "node:path";
import { InputError, ValidationError } from "../../model/errors.ts";
import { runEvaluation } from "../../eval/run.ts";
import { formatReport } from "../../eval/report-text.ts";
import type { ArticleSet } from "../../eval/gold.ts";
import type { Output } from "../output.ts";

export interface EvalOptions {
  gold?: string;
  json?: boolean;
  heldOut?: boolean;
  bundled?: boolean;
  all?: boolean;
  extractor?: string;
}

export async function evalCommand(options: EvalOptions, out: Output): Promise<number> {
  try {
    const report = await runEvaluation({ goldDir: options.gold ? path.resolve(options.gold) : undefined, sets: setsOf(options), extractor: options.extractor });
    out.data(options.json ? JSON.stringify(report, null, 2) : formatReport({ ...report, goldDir: path.relative(process.cwd(), report.goldDir) || "." }));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ValidationError)) throw error;
    out.error(error.message);
    return 1;
  }
}

/** The flags add up; none (or --all) means both sets. */
function setsOf(options: EvalOptions): ArticleSet[] {
  const sets: ArticleSet[] = [...(options.bundled ? (["bundled"] as const) : []), ...(options.heldOut ? (["heldOut"] as const) : [])];
  return options.all || sets.length === 0 ? ["bundled", "heldOut"] : sets;
}
