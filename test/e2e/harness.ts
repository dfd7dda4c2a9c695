// The browser tests' harness: builds the explorer, starts `kg serve` on a free port as a child process against the
// tests' Neo4j, launches Debian's Chromium through playwright-core, and records what the page logs.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { ROOT } from "../helpers/cli.ts";

export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** `vite build` with web/vite.config.ts, as `npm start` would. */
export function buildExplorer(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", path.join(ROOT, "web", "vite.config.ts"), "--logLevel", "warn"],
      { cwd: ROOT, env: process.env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`vite build failed: ${stderr || error.message}`)) : resolve()),
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `PORT=<free port> node bin/kg.js serve`, the way the README starts it; resolves once it prints its address. */
export async function startKgServe(): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "kg.js"), "serve"], { cwd: ROOT, env: { ...process.env, PORT: String(port) } });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kg serve printed no address in 90 s; stderr: ${stderr}`)), 90_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Serving the graph explorer at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited (${code}) before serving; stderr: ${stderr}`));
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGINT");
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000));
      await Promise.race([exited, timeout]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Chromium's software GL (SwiftShader under --disable-gpu) reads every WebGL frame back for the software compositor
 * and logs "GPU stall due to ReadPixels" as a console warning. That line comes from the headless browser's GL driver,
 * not from the page, so it is the one message the "no console errors or warnings" check lets through.
 */
const DRIVER_NOISE = /^\[\.WebGL-[0-9a-fx]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels/;

export interface PageLog {
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
}

export function recordProblems(page: Page): PageLog {
  const log: PageLog = { problems: [] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    if (DRIVER_NOISE.test(message.text())) return;
    log.problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => log.problems.push(`pageerror: ${error.message}`));
  return log;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** What web/src/debug-hook.ts exposes on window.__explorer (read-only). */
export interface ExplorerHook {
  rendered(): { nodes: number; edges: number; labels: string[] };
  nodePosition(id: string): { x: number; y: number } | null;
  focus(): { nodes: string[]; edges: string[] } | null;
  layoutRunning(): boolean;
  inkedPixels(): number;
}

export const hook = (page: Page) => ({
  rendered: () => page.evaluate(() => (window as unknown as { __explorer: ExplorerHook }).__explorer.rendered()),
  nodePosition: (id: string) => page.evaluate((node) => (window as unknown as { __explorer: ExplorerHook }).__explorer.nodePosition(node), id),
  focus: () => page.evaluate(() => (window as unknown as { __explorer: ExplorerHook }).__explorer.focus()),
  inkedPixels: () => page.evaluate(() => (window as unknown as { __explorer: ExplorerHook }).__explorer.inkedPixels()),
  /** Resolves once the explorer is up and its layout has stopped (positions are kept from then on). */
  settled: () =>
    page.waitForFunction(
      () => {
        const explorer = (window as unknown as { __explorer?: ExplorerHook }).__explorer;
        return explorer !== undefined && !explorer.layoutRunning();
      },
      null,
      { timeout: 30_000 },
    ),
});
