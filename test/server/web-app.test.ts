// Tests for src/server/web-app.ts and src/server/web-build.ts: the built explorer is served at / (its own URLs fall
// back to index.html, /api never does), a missing build says how to make one, and staleness follows file times.
import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/index.ts";
import { buildWebIfStale, isStale } from "../../src/server/web-build.ts";
import { clearDatabase, openTestStore } from "../store/store-helpers.ts";
import { expectError, startServer, type TestServer } from "./server-helpers.ts";

describe("the explorer at /", () => {
  let store: Store;
  let dist: string;
  let built: TestServer;
  let unbuilt: TestServer;

  beforeAll(async () => {
    store = await openTestStore();
    await clearDatabase(store);
    dist = await mkdtemp(path.join(os.tmpdir(), "kg-dist-"));
    await mkdir(path.join(dist, "assets"));
    await writeFile(path.join(dist, "index.html"), "<!doctype html><title>kg explorer</title>");
    await writeFile(path.join(dist, "assets", "app.js"), "console.log('kg')");
    built = await startServer(store, { webDist: dist });
    unbuilt = await startServer(store, { webDist: path.join(dist, "missing") });
  });
  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    await store?.close();
  });

  it("serves index.html at / and the assets beside it", async () => {
    const page = await built.get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("kg explorer");
    const script = await built.get("/assets/app.js");
    expect(script.headers.get("content-type")).toContain("javascript");
  });

  it("answers the explorer's own page URLs with index.html, but never an /api URL", async () => {
    expect(await (await built.get("/explore/donald-trump")).text()).toContain("kg explorer");
    expect((await built.get("/assets/missing.js")).status).toBe(404);
    await expectError(await built.get("/api/does-not-exist"), 404, "NotFoundError");
    // The API still answers next to the explorer.
    expect((await built.get("/api/meta")).status).toBe(200);
  });

  it("says how to build the explorer when web/dist is missing", async () => {
    const page = await unbuilt.get("/");
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toContain("text/plain");
    expect(await page.text()).toContain("npm start");
  });
});

describe("web build", () => {
  it("is stale without web/dist/index.html, fresh after it, stale again when a source changes", async () => {
    const web = await mkdtemp(path.join(os.tmpdir(), "kg-web-"));
    await mkdir(path.join(web, "src"));
    await writeFile(path.join(web, "index.html"), "<!doctype html>");
    await writeFile(path.join(web, "src", "main.ts"), "export {}");
    const dist = path.join(web, "dist");
    expect(await isStale(web, dist)).toBe(true);
    await mkdir(dist);
    await writeFile(path.join(dist, "index.html"), "built");
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(web, "index.html"), past, past);
    await utimes(path.join(web, "src", "main.ts"), past, past);
    expect(await isStale(web, dist)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    await utimes(path.join(web, "src", "main.ts"), future, future);
    expect(await isStale(web, dist)).toBe(true);
  });

  it("skips the build with a one-line note when web/ has no index.html", async () => {
    const web = await mkdtemp(path.join(os.tmpdir(), "kg-web-empty-"));
    const lines: string[] = [];
    expect(await buildWebIfStale(web, (line) => lines.push(line))).toBe("skipped");
    expect(lines).toEqual([expect.stringContaining("no index.html")]);
  });
});
