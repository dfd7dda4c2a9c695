// Cypher lives in named .cypher files under cypher/: this module finds them by name and reads their headers.
// Header lines: `// name:`, `// description:`, `// params: p (type, required|optional = default), …`, `// returns:`, `// requires:`.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { NotFoundError } from "../model/errors.ts";

export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

/** A file name relative to cypher/ without ".cypher", e.g. "queries/find-node" or "schema". */
const FILE_NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export type ParamBase = "string" | "integer" | "number" | "boolean" | "relation" | "label" | "map" | "any";

export interface ParamSpec {
  name: string;
  base: ParamBase;
  list: boolean;
  /** Inclusive bounds for integer and number parameters. */
  min?: number;
  max?: number;
  required: boolean;
  /** The value used when an optional parameter is omitted (null unless the header says otherwise). */
  default: unknown;
  /** The header text for this parameter, for help output. */
  declared: string;
}

export interface CypherFile {
  /** The name it is loaded by, e.g. "queries/constraints-on". */
  file: string;
  name: string;
  description: string;
  params: ParamSpec[];
  /** The `// returns:` entries as written, e.g. "hops (integer)". */
  returns: string[];
  /** The column names alone, in order: what every row of the query has. */
  columns: string[];
  /** Alternatives of which at least one must be fully given, e.g. [["key"], ["source", "type", "target"]]. */
  requires: string[][];
  /** The Cypher without its header. */
  body: string;
}

const cache = new Map<string, CypherFile>();

export function isCypherFileName(text: string): boolean {
  return FILE_NAME.test(text);
}

/** Loads cypher/<file>.cypher (cached); NotFoundError when there is no such file. */
export function loadCypher(file: string): CypherFile {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!isCypherFileName(file)) throw new NotFoundError(`no Cypher file named '${file}'`);
  let text: string;
  try {
    text = readFileSync(`${CYPHER_DIR}${file}.cypher`, "utf8");
  } catch {
    throw new NotFoundError(`no Cypher file named '${file}' (looked for cypher/${file}.cypher)`);
  }
  const parsed = parseCypherFile(file, text);
  cache.set(file, parsed);
  return parsed;
}

/** The names of the .cypher files in one folder of cypher/, e.g. listCypherFiles("queries"). */
export function listCypherFiles(folder: string): string[] {
  return readdirSync(`${CYPHER_DIR}${folder}`)
    .filter((entry) => entry.endsWith(".cypher"))
    .map((entry) => `${folder}/${entry.slice(0, -".cypher".length)}`)
    .sort();
}

export function parseCypherFile(file: string, text: string): CypherFile {
  const lines = text.split(/\r?\n/);
  const header = new Map<string, string>();
  let bodyStart = 0;
  let lastKey: string | null = null;
  for (const [index, line] of lines.entries()) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === "" && header.size === 0) continue;
      bodyStart = index;
      break;
    }
    bodyStart = index + 1;
    const entry = /^([a-z]+):\s*(.*)$/.exec(comment[1] ?? "");
    if (entry) {
      lastKey = entry[1] ?? "";
      const previous = header.get(lastKey);
      header.set(lastKey, previous ? `${previous}, ${entry[2]}` : (entry[2] ?? ""));
    } else if (lastKey && /^\s{2,}\S/.test(comment[1] ?? "")) {
      // An indented comment line continues the entry above it.
      header.set(lastKey, `${header.get(lastKey)} ${(comment[1] ?? "").trim()}`);
    } else {
      lastKey = null;
    }
  }
  const name = header.get("name") ?? file.split("/").pop() ?? file;
  const returns = splitList(header.get("returns") ?? "").filter((entry) => entry !== "nothing");
  return {
    file,
    name,
    description: header.get("description") ?? "",
    params: parseParams(file, header.get("params") ?? ""),
    returns,
    columns: returns.map((entry) => /^[A-Za-z_][A-Za-z0-9_]*/.exec(entry)?.[0] ?? entry),
    requires: (header.get("requires") ?? "")
      .split("|")
      .map((group) => splitList(group))
      .filter((group) => group.length > 0),
    body: lines.slice(bodyStart).join("\n").trim(),
  };
}

function parseParams(file: string, text: string): ParamSpec[] {
  if (text.trim() === "" || text.trim() === "none") return [];
  const specs: ParamSpec[] = [];
  for (const match of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)/g)) {
    const [declared, name = "", inner = ""] = match;
    const [typeText = "", ...rest] = inner.split(",");
    const modifier = rest.join(",").trim();
    const type = /^(string|integer|number|boolean|relation|label|map|any)(\[\])?(?:\s+(-?[\d.]+)\.\.(-?[\d.]+))?$/.exec(
      typeText.trim(),
    );
    if (!type) throw new Error(`cypher/${file}.cypher: parameter '${name}' has an unknown type '${typeText.trim()}'`);
    const required = /^required\b(?:\s*:.*)?$/.test(modifier);
    const optional = /^optional\b(?:\s*=\s*(.+?))?(?:\s*:\s*[^:]*)?$/.exec(modifier);
    if (!required && !optional) {
      throw new Error(`cypher/${file}.cypher: parameter '${name}' must say 'required' or 'optional = default'`);
    }
    const defaultText = optional?.[1]?.trim();
    let fallback: unknown = null;
    if (defaultText !== undefined) {
      try {
        fallback = JSON.parse(defaultText);
      } catch {
        throw new Error(`cypher/${file}.cypher: default of '${name}' is not JSON: ${defaultText}`);
      }
    }
    const spec: ParamSpec = {
      name,
      base: type[1] as ParamBase,
      list: type[2] === "[]",
      required: !optional,
      default: fallback,
      declared: declared.trim(),
    };
    if (type[3] !== undefined) spec.min = Number(type[3]);
    if (type[4] !== undefined) spec.max = Number(type[4]);
    specs.push(spec);
  }
  return specs;
}

/** The `$name` parameters a Cypher body uses, ignoring comments, string literals and quoted names. */
export function usedParameters(body: string): string[] {
  const used = new Set<string>();
  let quote: string | null = null;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? "";
    if (quote) {
      if (char === "\\") i += 1;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === "`") {
      quote = char;
    } else if (char === "/" && body[i + 1] === "/") {
      const newline = body.indexOf("\n", i);
      i = newline === -1 ? body.length : newline;
    } else if (char === "$") {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i + 1))?.[0];
      if (name) used.add(name);
    }
  }
  return [...used].sort();
}

/** The statements of a multi-statement file (schema.cypher), split on semicolons that end a line. */
export function splitStatements(body: string): string[] {
  return body
    .replace(/^\s*\/\/[^\n]*$/gm, "")
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Splits on commas that are not inside (), [] or {}. */
function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if ("([{".includes(char)) depth += 1;
    if (")]}".includes(char)) depth -= 1;
    if (char === "," && depth === 0) {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
