// Where the CLI writes: results to stdout, progress, warnings and errors to stderr (one line each).
import path from "node:path";

export interface Output {
  /** The command's result (tables, JSON): stdout. */
  data(text: string): void;
  /** Status lines: stderr, so piped JSON stays clean. */
  info(line: string): void;
  error(line: string): void;
  progress(event: { index: number; total: number; path: string; error?: string }): void;
}

export function consoleOutput(): Output {
  return {
    data: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    info: (line) => process.stderr.write(`${line}\n`),
    error: (line) => process.stderr.write(`kg: ${line}\n`),
    progress: ({ index, total, path: file, error }) => {
      if (error) return;
      process.stderr.write(`[${index + 1}/${total}] ${path.basename(file)}\n`);
    },
  };
}
