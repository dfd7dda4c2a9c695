// Tests for src/server/config.ts and src/server/serve.ts: the port from --port or PORT, defaults merged with overrides,
// a listener on 127.0.0.1 that reports its address, and a port in use named in one line.
import express from "express";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, resolvePort, serverConfig } from "../../src/server/config.ts";
import { listen } from "../../src/server/serve.ts";

describe("resolvePort", () => {
  it("takes --port, then PORT, then 3000", () => {
    expect(resolvePort({}, undefined)).toBe(3000);
    expect(resolvePort({ PORT: "8080" })).toBe(8080);
    expect(resolvePort({ PORT: "8080" }, "9090")).toBe(9090);
    expect(resolvePort({ PORT: " " })).toBe(3000);
    expect(resolvePort({}, "0")).toBe(0);
  });

  it.each(["abc", "-1", "65536", "80.5", "1e3"])("refuses %s, naming where it came from", (bad) => {
    expect(() => resolvePort({ PORT: bad })).toThrow(/^PORT must be a port number/);
    expect(() => resolvePort({}, bad)).toThrow(/^--port must be a port number/);
  });
});

describe("serverConfig", () => {
  it("keeps the default limits it is not told to change", () => {
    const config = serverConfig({ webDist: null, limits: { cypherTimeoutMs: 10 } });
    expect(config.webDist).toBeNull();
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, cypherTimeoutMs: 10 });
    expect(config.limits.articleBytes).toBe(2 * 1024 * 1024);
  });
});

describe("listen", () => {
  it("listens on 127.0.0.1, reports the address and closes with connections open", async () => {
    const app = express().get("/", (_req, res) => res.send("ok"));
    const server = await listen(app, 0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(server.url, { keepalive: true })).text()).toBe("ok");
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("names a port in use in one ValidationError", async () => {
    const first = await listen(express(), 0);
    try {
      await expect(listen(express(), first.port)).rejects.toMatchObject({ name: "ValidationError", message: expect.stringContaining(`port ${first.port}`) });
    } finally {
      await first.close();
    }
  });
});
