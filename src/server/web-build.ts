// Builds the explorer with Vite when web/dist is missing or older than any file under web/, so `npm start` always
// serves the current front end. No web/index.html yet: nothing to build, the API is served alone.
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export type WebBuildOutcome = "built" | "fresh" | "skipped" | "failed";

/** Entries under web/ that are not sources of the build. */
const NOT_SOURCES = new Set(["dist", "node_modules"]);

export async function buildWebIfStale(webDir: string, log: (line: string) => void): Promise<WebBuildOutcome> {
  if (!existsSync(path.join(webDir, "index.html"))) {
    log("web/ has no index.html yet: skipping the explorer build (the API is served alone)");
    return "skipped";
  }
  const outDir = path.join(webDir, "dist");
  if (!(await isStale(webDir, outDir))) return "fresh";
  log("Building the explorer (web/) with Vite …");
  try {
    const { build } = await import("vite");
    const configFile = path.join(webDir, "vite.config.ts");
    // web/ is the root either way; without a config this is `vite build web`, written to web/dist.
    await build(
      existsSync(configFile)
        ? { root: webDir, configFile, logLevel: "warn" }
        : { root: webDir, configFile: false, logLevel: "warn", build: { outDir, emptyOutDir: true } },
    );
  } catch (error) {
    log(`kg: the explorer build failed: ${firstLine((error as Error).message)} (the API is served alone)`);
    return "failed";
  }
  if (!existsSync(path.join(outDir, "index.html"))) {
    log("kg: the explorer build wrote no web/dist/index.html (check build.outDir in web/vite.config.ts)");
    return "failed";
  }
  log("Built the explorer into web/dist");
  return "built";
}

/** True when web/dist/index.html is missing or older than the newest source file under web/. */
export async function isStale(webDir: string, outDir: string): Promise<boolean> {
  const built = await stat(path.join(outDir, "index.html")).catch(() => null);
  if (!built) return true;
  return (await newestChange(webDir)) > built.mtimeMs;
}

async function newestChange(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Hidden files and Vite's own temporary config bundles are not sources.
    if (entry.name.startsWith(".") || NOT_SOURCES.has(entry.name) || entry.name.includes(".timestamp-")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestChange(full));
    else if (entry.isFile()) newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

function firstLine(text: string): string {
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}
