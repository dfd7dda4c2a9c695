// Test helper: runs the real `kg` command line as a child process against the tests' Neo4j.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const KG = path.join(ROOT, "bin", "kg.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [KG, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: stderr.split("\n").filter((l) => !l.includes("nodedir")).join("\n") });
      },
    );
  });
}
