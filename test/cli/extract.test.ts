import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { ExtractionPayloadSchema, type ExtractionPayload } from "../../src/model/index.ts";
import { kg, ROOT } from "../helpers/cli.ts";

const ARTICLES = path.join(ROOT, "data", "articles");

describe("kg extract", () => {
  let payload: ExtractionPayload;

  beforeAll(async () => {
    const result = await kg(["extract", ARTICLES]);
    expect(result.code).toBe(0);
    payload = ExtractionPayloadSchema.parse(JSON.parse(result.stdout));
  });

  it("writes the extraction contract for the five bundled articles", () => {
    expect(payload.articles.map((a) => a.id)).toEqual([
      "000_3d1cf8fe319097b3",
      "001_4531fa6c14e13b83",
      "002_2fde7dd89c83af88",
      "003_2f742e25d7684a9a",
      "004_4451edbd5d53e330",
    ]);
  });

  it("yields the six required entities once each, as canonical nodes", () => {
    const wanted = { "Vladimir Putin": "Actor", "Donald Trump": "Actor", "James Mattis": "Actor", "U.S. Congress": "Actor", Syria: "Issue", "New START": "Issue" };
    for (const [name, label] of Object.entries(wanted)) {
      const nodes = payload.nodes.filter((n) => n.name === name);
      expect(nodes, name).toHaveLength(1);
      expect(nodes[0]!.label).toBe(label);
    }
    expect(new Set(payload.nodes.map((n) => n.id)).size).toBe(payload.nodes.length);
  });

  it("answers the canonical question: U.S. Congress constrains Trump on sanctions, from two articles", () => {
    const edge = payload.edges.find((e) => e.id === "us-congress>CONSTRAINS>donald-trump@sanctions");
    expect(edge).toBeDefined();
    expect(new Set(edge!.evidence.map((e) => e.article)).size).toBeGreaterThanOrEqual(2);
  });

  it("keeps one edge per source, type, target and issue, with node ids that exist", () => {
    const ids = new Set(payload.nodes.map((n) => n.id));
    const keys = payload.edges.map((e) => `${e.source}|${e.type}|${e.target}|${e.issue}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const edge of payload.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      if (edge.issue) expect(ids.has(edge.issue)).toBe(true);
    }
  });

  it("is deterministic: the same input gives the same output byte for byte", async () => {
    const again = await kg(["extract", ARTICLES]);
    expect(again.stdout).toBe(JSON.stringify(payload, null, 2) + "\n");
  });

  it("writes to a file with --out and says so", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-extract-"));
    const out = path.join(dir, "graph.json");
    const result = await kg(["extract", path.join(ARTICLES, "004_4451edbd5d53e330.txt"), "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`to ${out}`);
  });
});

describe("kg extract on bad input", () => {
  it("names each bad file in one line, goes on with the rest, and exits non-zero", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-bad-"));
    const good = "Germany opposes the Nord Stream 2 pipeline, the chancellor said on Monday.";
    await writeFile(path.join(dir, "a-good.txt"), good);
    await writeFile(path.join(dir, "b-empty.txt"), "");
    await writeFile(path.join(dir, "c-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
    await writeFile(path.join(dir, "d-latin1.txt"), iconv.encode("Poland’s opposition to Nord Stream 2 is old. Café politics.", "latin1"));
    await writeFile(path.join(dir, "e-gbk.txt"), iconv.encode("俄罗斯反对制裁。", "gbk"));
    await writeFile(path.join(dir, "f-huge.txt"), Buffer.alloc(20 * 1024 * 1024, "a"));
    await writeFile(path.join(dir, "g-page.html"), "<html><head><title>Vote</title></head><body><nav>Home | World</nav><article><p>The Senate blocked Donald Trump on sanctions.</p><p>Analysts expect more fights.</p></article><script>alert(1)</script></body></html>");
    const missing = path.join(dir, "h-missing.txt");

    const result = await kg(["extract", dir, missing]);
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((l) => l.startsWith("kg: "));
    const named = (file: string) => errors.filter((l) => l.includes(file));
    for (const file of ["b-empty.txt", "c-binary.txt", "f-huge.txt", "h-missing.txt"]) expect(named(file), file).toHaveLength(1);
    expect(named("b-empty.txt")[0]).toMatch(/empty/i);
    expect(named("c-binary.txt")[0]).toMatch(/binary/i);
    expect(named("f-huge.txt")[0]).toMatch(/MiB|MB/);
    expect(named("h-missing.txt")[0]).toMatch(/not (found|exist)|no such/i);

    const payload = ExtractionPayloadSchema.parse(JSON.parse(result.stdout));
    expect(payload.articles.map((a) => a.id)).toEqual(["a-good", "d-latin1", "e-gbk", "g-page"]);
    expect(payload.edges.map((e) => e.id)).toContain("germany>OPPOSES>nord-stream-2@");
    expect(payload.edges.map((e) => e.id)).toContain("us-senate>CONSTRAINS>donald-trump@sanctions");
    for (const edge of payload.edges) for (const evidence of edge.evidence) expect(evidence.text).not.toContain("alert");
  });
});
