// Shared by the server tests: a real HTTP listener on a free port around createApp, small fetch helpers, and the
// bundled articles ingested through the real `kg ingest` (the same pipeline the CLI runs).
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect } from "vitest";
import { createApp } from "../../src/server/app.ts";
import type { ServerConfigInput } from "../../src/server/config.ts";
import { listen, type Listening } from "../../src/server/serve.ts";
import type { Store } from "../../src/store/index.ts";
import { kg, ROOT } from "../helpers/cli.ts";
import { clearDatabase, openTestStore } from "../store/store-helpers.ts";

export const ARTICLES = path.join(ROOT, "data", "articles");

export interface TestServer extends Listening {
  get(url: string, init?: RequestInit): Promise<Response>;
  getJson<T = any>(url: string, status?: number): Promise<T>;
  post(url: string, body: string | Uint8Array, contentType?: string): Promise<Response>;
  postJson(url: string, body: unknown): Promise<Response>;
}

export async function startServer(store: Store, config: ServerConfigInput = {}): Promise<TestServer> {
  const logged: string[] = [];
  const listening = await listen(createApp({ store, config: { webDist: null, log: (line) => logged.push(line), ...config } }), 0);
  const get = (url: string, init?: RequestInit) => fetch(listening.url + url, init);
  const post = (url: string, body: string | Uint8Array, contentType = "text/plain") =>
    fetch(listening.url + url, { method: "POST", headers: { "content-type": contentType }, body: body as BodyInit });
  return {
    ...listening,
    get,
    async getJson(url, status = 200) {
      const response = await get(url);
      const body = await response.json();
      expect(response.status, `${url}: ${JSON.stringify(body)}`).toBe(status);
      return body;
    },
    post,
    postJson: (url, body) => post(url, JSON.stringify(body), "application/json"),
  };
}

/** Asserts the error shape every failure has: { error: { name, message } }, one line, no stack. */
export async function expectError(response: Response, status: number, name: string): Promise<string> {
  const body = (await response.json()) as { error?: { name?: string; message?: string } };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error?.name).toBe(name);
  const message = body.error?.message ?? "";
  expect(message).not.toBe("");
  expect(message).not.toContain("\n");
  expect(message).not.toMatch(/\bat .*\.(ts|js):\d+/);
  return message;
}

/** A server over a store that holds exactly the bundled articles; the caller closes both. */
export async function serveBundledArticles(config: ServerConfigInput = {}): Promise<{ store: Store; server: TestServer }> {
  const store = await openTestStore();
  await clearDatabase(store);
  await ingestBundledArticles();
  return { store, server: await startServer(store, config) };
}

/** Loads data/articles through the real CLI, as test/cli/store-commands.test.ts does. */
export async function ingestBundledArticles(): Promise<void> {
  const result = await kg(["ingest", ARTICLES]);
  expect(result.code, result.stderr).toBe(0);
}

/** A raw request with headers fetch will not send as given (Host, Origin). */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
