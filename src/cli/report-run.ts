// Prints what went wrong in a pipeline run, one line per file, and gives the exit status.
import type { Output } from "./output.ts";
import { formatMessage } from "../pipeline/format-message.ts";
import type { PipelineRun } from "./run-pipeline.ts";

/** 0 when every file went through, 1 when some failed. Warnings never fail a run. */
export function reportRun(run: PipelineRun, out: Output, verbose = false): number {
  if (verbose) for (const doc of run.docs) for (const message of doc.messages) out.info(formatMessage(doc, message));
  for (const failure of run.failures) out.error(`${failure.path}: ${failure.reason}`);
  if (run.failures.length > 0) out.info(`${run.failures.length} of ${run.failures.length + run.docs.length} files failed`);
  return run.failures.length > 0 ? 1 : 0;
}
