// Tests for src/server/gexf.ts: hostile names and control characters still give well-formed GEXF 1.3 that keeps
// every value, as an XML parser reads it back.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { ApiEdge, ApiNode } from "../../src/model/api.ts";
import { escapeXml, toGexf } from "../../src/server/gexf.ts";

const parse = (xml: string) => new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");

const node = (id: string, name: string, aliases: string[] = []): ApiNode => ({
  id, label: "Actor", name, kind: "person", aliases, mentions: 3, articles: ["a1", "a2"],
});

const edge: ApiEdge = {
  id: `x>SUPPORTS>y@i"&<>`, source: "x", target: "y", type: "SUPPORTS", issue: `i"&<>`, weight: 3, confidence: 0.875,
  articles: ["a1"], sources: 1, firstSeen: "2024-01-02", lastSeen: null,
};

describe("gexf", () => {
  it("escapes markup, quotes and ampersands so names come back exactly", () => {
    const hostile = `<script>alert("1")</script> & 'O'Brien' ]]> --> <!-- `;
    const doc = parse(toGexf({ nodes: [node("x", hostile, ["A & B", "<b>"]), node("y", "Y")], edges: [edge] }));
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    const x = doc.getElementsByTagName("node")[0]!;
    expect(x.getAttribute("label")).toBe(hostile);
    const aliases = [...x.getElementsByTagName("attvalue")].find((v) => v.getAttribute("for") === "aliases");
    expect(aliases?.getAttribute("value")).toBe("A & B | <b>");
    const e = doc.getElementsByTagName("edge")[0]!;
    expect(e.getAttribute("id")).toBe(edge.id);
    expect(e.getAttribute("weight")).toBe("3");
    expect(e.getAttribute("label")).toBe("SUPPORTS");
  });

  it("drops characters XML 1.0 cannot carry and keeps line breaks and tabs", () => {
    const name = "a\u0000b\u0007c\u001fd\ud800e\uffffe\tf\ng";
    const doc = parse(toGexf({ nodes: [node("x", name)], edges: [] }));
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("node")[0]!.getAttribute("label")).toBe("abcdee\tf\ng");
    expect(escapeXml("😀 ok")).toBe("😀 ok");
  });

  it("declares the GEXF 1.3 namespace, a directed graph and typed attributes", () => {
    const doc = parse(toGexf({ nodes: [node("x", "X"), node("y", "Y")], edges: [edge] }, { date: new Date("2025-05-06T00:00:00Z") }));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://gexf.net/1.3");
    expect(root.getAttribute("version")).toBe("1.3");
    expect(doc.getElementsByTagName("meta")[0]!.getAttribute("lastmodifieddate")).toBe("2025-05-06");
    expect(doc.getElementsByTagName("graph")[0]!.getAttribute("defaultedgetype")).toBe("directed");
    const declared = [...doc.getElementsByTagName("attribute")].map((a) => `${(a.parentNode as Element).getAttribute("class")}:${a.getAttribute("id")}:${a.getAttribute("type")}`);
    expect(declared).toEqual(expect.arrayContaining(["node:kind:string", "node:nodeLabel:string", "node:mentions:integer", "edge:relationType:string", "edge:issue:string", "edge:confidence:double"]));
    // Every attvalue names a declared attribute of its class.
    for (const kind of ["node", "edge"]) {
      const ids = new Set([...doc.getElementsByTagName("attributes")].filter((a) => a.getAttribute("class") === kind).flatMap((a) => [...a.getElementsByTagName("attribute")].map((x) => x.getAttribute("id"))));
      for (const element of doc.getElementsByTagName(kind)) {
        for (const value of element.getElementsByTagName("attvalue")) expect(ids.has(value.getAttribute("for"))).toBe(true);
      }
    }
  });
});
