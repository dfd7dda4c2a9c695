// Writes the graph as GEXF 1.3 for Gephi: nodes with their kind and label (Actor or Issue), edges with relation type,
// issue, weight and confidence. Every text is XML-escaped and cleared of characters XML 1.0 cannot carry.
import type { ApiEdge, ApiNode } from "../model/api.ts";

interface Attribute {
  id: string;
  title: string;
  type: "string" | "integer" | "double";
}

// Ids avoid Gephi's own column names (label, type, weight), which an attribute may not reuse.
const NODE_ATTRIBUTES: Attribute[] = [
  { id: "kind", title: "Kind", type: "string" },
  { id: "nodeLabel", title: "Node label", type: "string" },
  { id: "mentions", title: "Mentions", type: "integer" },
  { id: "articles", title: "Articles", type: "integer" },
  { id: "aliases", title: "Aliases", type: "string" },
];

const EDGE_ATTRIBUTES: Attribute[] = [
  { id: "relationType", title: "Relation type", type: "string" },
  { id: "issue", title: "Issue", type: "string" },
  { id: "confidence", title: "Confidence", type: "double" },
  { id: "articles", title: "Articles", type: "integer" },
  { id: "sources", title: "Sources", type: "integer" },
  { id: "firstSeen", title: "First seen", type: "string" },
  { id: "lastSeen", title: "Last seen", type: "string" },
];

export function toGexf(graph: { nodes: ApiNode[]; edges: ApiEdge[] }, options: { date?: Date } = {}): string {
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    "    <creator>kg</creator>",
    "    <description>Actors, issues and positions extracted from international-politics articles</description>",
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    declare("node", NODE_ATTRIBUTES),
    declare("edge", EDGE_ATTRIBUTES),
    "    <nodes>",
    ...graph.nodes.map((node) =>
      element("node", { id: node.id, label: node.name }, {
        kind: node.kind,
        nodeLabel: node.label,
        mentions: node.mentions,
        articles: node.articles.length,
        aliases: node.aliases.join(" | "),
      }),
    ),
    "    </nodes>",
    "    <edges>",
    ...graph.edges.map((edge) =>
      element("edge", { id: edge.id, source: edge.source, target: edge.target, label: edge.type, weight: edge.weight }, {
        relationType: edge.type,
        issue: edge.issue ?? "",
        confidence: edge.confidence,
        articles: edge.articles.length,
        sources: edge.sources,
        firstSeen: edge.firstSeen ?? "",
        lastSeen: edge.lastSeen ?? "",
      }),
    ),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ];
  return lines.join("\n");
}

function declare(kind: "node" | "edge", attributes: Attribute[]): string {
  return [
    `    <attributes class="${kind}">`,
    ...attributes.map((a) => `      <attribute id="${a.id}" title="${escapeXml(a.title)}" type="${a.type}"/>`),
    "    </attributes>",
  ].join("\n");
}

function element(name: string, attributes: Record<string, string | number>, values: Record<string, string | number>): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`).join("");
  const attvalues = Object.entries(values)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `          <attvalue for="${key}" value="${escapeXml(String(value))}"/>`);
  return [`      <${name}${attrs}>`, "        <attvalues>", ...attvalues, "        </attvalues>", `      </${name}>`].join("\n");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes the five XML specials and drops what XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF). */
export function escapeXml(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (!allowed) continue;
    // Tabs and line breaks as references, or attribute-value normalisation would turn them into spaces.
    out += ESCAPES[char] ?? char;
  }
  return out;
}
