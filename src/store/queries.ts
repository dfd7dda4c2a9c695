// The named analyst queries in cypher/queries: listed with their headers, parameters checked against the header
// (unknown, missing or ill-typed → ValidationError naming the parameter), run read-only, rows returned plain.
import { z } from "zod";
import { NotFoundError, ValidationError } from "../model/errors.ts";
import { NODE_LABELS, RELATIONS } from "../model/vocabulary.ts";
import { listCypherFiles, loadCypher, type CypherFile, type ParamSpec } from "./cypher-files.ts";
import type { Params, QueryResult, ReadOptions, Store } from "./driver.ts";

export interface QueryInfo {
  name: string;
  description: string;
  params: ParamSpec[];
  /** The `// returns:` entries as written. */
  returns: string[];
  /** The column names every row has, in order. */
  columns: string[];
}

export interface NamedQueryResult extends QueryResult {
  name: string;
  /** The parameters as run, defaults filled in. */
  params: Params;
}

/** Rows a named query may return unless the caller asks otherwise. */
export const DEFAULT_MAX_ROWS = 5_000;

const FOLDER = "queries";

/** Every named query, for `kg query --list` and the server's index. */
export function listQueries(): QueryInfo[] {
  return listCypherFiles(FOLDER).map((file) => info(loadCypher(file)));
}

/** One query's header; NotFoundError naming the known queries when there is no such query. */
export function describeQuery(name: string): QueryInfo {
  return info(queryFile(name));
}

/** Checks and completes parameters: coerces strings from the command line or a URL, fills defaults. */
export function validateQueryParams(name: string, params: Record<string, unknown> = {}): Params {
  const file = queryFile(name);
  const known = new Set(file.params.map((spec) => spec.name));
  for (const key of Object.keys(params)) {
    if (!known.has(key)) {
      const expected = file.params.map((spec) => spec.name).join(", ") || "none";
      throw new ValidationError(`${name}: unknown parameter '${key}' (parameters: ${expected})`);
    }
  }
  const result: Params = {};
  for (const spec of file.params) {
    const given = params[spec.name];
    if (given === undefined || given === null || given === "") {
      if (spec.required) throw new ValidationError(`${name}: missing required parameter '${spec.name}'`);
      result[spec.name] = spec.default;
      continue;
    }
    const parsed = schemaFor(spec).safeParse(coerce(spec, given));
    if (!parsed.success) {
      throw new ValidationError(
        `${name}: parameter '${spec.name}' must be ${describeType(spec)} (got ${JSON.stringify(given)})`,
      );
    }
    result[spec.name] = parsed.data;
  }
  for (const group of file.requires) {
    if (group.every((param) => result[param] !== null && result[param] !== undefined)) return result;
  }
  if (file.requires.length > 0) {
    const ways = file.requires.map((group) => group.join(" + ")).join(", or ");
    throw new ValidationError(`${name}: give ${ways}`);
  }
  return result;
}

/** Validates the parameters and runs the query in a READ transaction. */
export async function runQuery(
  store: Store,
  name: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<NamedQueryResult> {
  const file = queryFile(name);
  const checked = validateQueryParams(name, params);
  const result = await store.read(file.file, checked, { maxRows: DEFAULT_MAX_ROWS, ...options });
  return { name, params: checked, ...result, columns: result.rows.length > 0 ? result.columns : file.columns };
}

function queryFile(name: string): CypherFile {
  const names = listCypherFiles(FOLDER).map((file) => file.slice(FOLDER.length + 1));
  if (!names.includes(name)) {
    throw new NotFoundError(`no query named '${name}' (queries: ${names.join(", ")})`);
  }
  return loadCypher(`${FOLDER}/${name}`);
}

function info(file: CypherFile): QueryInfo {
  return {
    name: file.name,
    description: file.description,
    params: file.params,
    returns: file.returns,
    columns: file.columns,
  };
}

function schemaFor(spec: ParamSpec): z.ZodType {
  let item: z.ZodType;
  switch (spec.base) {
    case "string":
      item = z.string().trim().min(1);
      break;
    case "integer":
    case "number": {
      let number = spec.base === "integer" ? z.number().int() : z.number();
      if (spec.min !== undefined) number = number.min(spec.min);
      if (spec.max !== undefined) number = number.max(spec.max);
      item = number;
      break;
    }
    case "boolean":
      item = z.boolean();
      break;
    case "relation":
      item = z.enum(RELATIONS);
      break;
    case "label":
      item = z.enum(NODE_LABELS);
      break;
    case "map":
      item = z.record(z.string(), z.unknown());
      break;
    case "any":
      item = z.unknown();
      break;
  }
  return spec.list ? z.array(item).min(1) : item;
}

/** Strings from a command line or URL become the declared type when that is unambiguous. */
function coerce(spec: ParamSpec, value: unknown): unknown {
  if (spec.list) {
    const items = typeof value === "string" ? value.split(",").map((item) => item.trim()) : value;
    return Array.isArray(items) ? items.map((item) => coerceOne(spec.base, item)) : items;
  }
  return coerceOne(spec.base, value);
}

function coerceOne(base: ParamSpec["base"], value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (base === "integer" && /^-?\d+$/.test(text)) return Number(text);
  if (base === "number" && text !== "" && Number.isFinite(Number(text))) return Number(text);
  if (base === "boolean" && (text === "true" || text === "false")) return text === "true";
  if (base === "relation") return text.toUpperCase();
  if (base === "label") return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  return value;
}

function describeType(spec: ParamSpec): string {
  const bounds =
    spec.min !== undefined && spec.max !== undefined
      ? ` from ${spec.min} to ${spec.max}`
      : spec.min !== undefined
        ? ` of at least ${spec.min}`
        : spec.max !== undefined
          ? ` of at most ${spec.max}`
          : "";
  const one = {
    string: "a non-empty string",
    integer: `an integer${bounds}`,
    number: `a number${bounds}`,
    boolean: "true or false",
    relation: `one of ${RELATIONS.join(", ")}`,
    label: `one of ${NODE_LABELS.join(", ")}`,
    map: "an object",
    any: "a value",
  }[spec.base];
  return spec.list ? `a non-empty list of ${one.replace(/^(a|an|one of) /, "")}` : one;
}
