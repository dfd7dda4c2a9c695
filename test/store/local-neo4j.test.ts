// The local Neo4j launcher against the real Java process: Bolt answers, a second start reuses it, stop leaves nothing.
// Speaks raw Bolt over TCP because only the store's driver module may import neo4j-driver.
import { connect, createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j, TEST_NEO4J } from "../../src/store/local-neo4j.ts";

describe("the tests' local Neo4j", () => {
  let first: { uri: string; started: boolean };

  beforeAll(async () => {
    // Normally the global setup has started it already; with NEO4J_URI pointing elsewhere this starts it.
    first = await ensureLocalNeo4j(TEST_NEO4J);
  });

  afterAll(async () => {
    if (first?.started && !process.env.KG_KEEP_NEO4J) await stopLocalNeo4j(TEST_NEO4J.dataDir);
  });

  it("answers the Bolt handshake with a 5.x protocol version", async () => {
    expect(first.uri).toBe(`bolt://127.0.0.1:${TEST_NEO4J.port}`);
    const agreed = await boltHandshake(TEST_NEO4J.port);
    expect(agreed.readUInt32BE(0)).not.toBe(0);
    expect(agreed[3]).toBe(5);
  });

  it("reuses the running server when started a second time", async () => {
    const again = await ensureLocalNeo4j(TEST_NEO4J);
    expect(again).toEqual({ uri: first.uri, started: false });
  });

  it("reports the running server in its status", async () => {
    const status = await localNeo4jStatus(TEST_NEO4J.dataDir);
    expect(status.state).toBe("running");
    expect(status.server?.uri).toBe(first.uri);
    expect(status.server?.port).toBe(TEST_NEO4J.port);
    expect(status.server?.version).toMatch(/^5\.26\./);
    expect(isAlive(status.server?.pid)).toBe(true);
  });
});

describe("stopping a local Neo4j", () => {
  it("ends the process it started, forgets it, and says so only once", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "kg-neo4j-stop-"));
    try {
      const port = await freePort();
      const { started } = await ensureLocalNeo4j({ dataDir, port });
      expect(started).toBe(true);
      const pid = (await localNeo4jStatus(dataDir)).server?.pid;
      expect(isAlive(pid)).toBe(true);

      expect(await stopLocalNeo4j(dataDir)).toBe(true);
      expect(isAlive(pid)).toBe(false);
      expect((await localNeo4jStatus(dataDir)).state).toBe("stopped");
      expect(await stopLocalNeo4j(dataDir)).toBe(false);
    } finally {
      await stopLocalNeo4j(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

/** Sends the Bolt preamble with proposals 5.8 down to 5.0, then 4.4; resolves to the 4-byte version the server picked. */
function boltHandshake(port: number): Promise<Buffer> {
  const preamble = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
  return new Promise((done, fail) => {
    const socket = connect({ host: "127.0.0.1", port }, () => socket.write(preamble));
    let received = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) {
        socket.destroy();
        done(received.subarray(0, 4));
      }
    });
    socket.on("error", fail);
    socket.setTimeout(5_000, () => {
      socket.destroy();
      fail(new Error(`no Bolt handshake reply on port ${port}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

function isAlive(pid: number | undefined): boolean {
  // Signal 0 to pid 0 or -1 would reach whole process groups, so anything but a real pid counts as dead.
  if (pid === undefined || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
