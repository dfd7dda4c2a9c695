// Tests for `kg serve` (src/cli/commands/serve.ts) as a real process: it prints its address, answers the API from the
// existing database, and stops cleanly on Ctrl-C (SIGINT) with exit status 0.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetaResponse } from "../../src/model/api.ts";
import type { Store } from "../../src/store/index.ts";
import { kg, ROOT } from "../helpers/cli.ts";
import { clearDatabase, openTestStore } from "../store/store-helpers.ts";

describe("kg serve", () => {
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore();
    await clearDatabase(store);
    await kg(["ingest", path.join(ROOT, "data", "articles", "004_4451edbd5d53e330.txt")]);
  });
  afterAll(() => store?.close());

  it("prints its address, serves the API, and exits 0 on Ctrl-C", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "kg.js"), "serve", "--port", "0"], { cwd: ROOT, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed; stderr: ${stderr}`)), 60_000);
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /Serving the graph explorer at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.on("exit", () => reject(new Error(`exited early; stderr: ${stderr}`)));
      });
      const meta = (await (await fetch(`${url}/api/meta`)).json()) as MetaResponse;
      expect(meta.counts.articles).toBe(1);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stderr).toContain("Stopping (SIGINT)");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("names a bad port in one line without opening the database", async () => {
    const result = await kg(["serve", "--port", "http"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe("kg: --port must be a port number from 0 to 65535 (got 'http')");
  });
});
