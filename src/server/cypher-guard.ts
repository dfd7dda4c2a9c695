// Decides whether Cypher typed by a user may run. The store runs it in a READ transaction, which refuses writes; this
// guard refuses what READ mode still allows: LOAD CSV, procedures outside a short list, admin commands, plugin functions.
import { ValidationError } from "../model/errors.ts";
import { ForbiddenQueryError } from "./errors.ts";
import { tokenize, type Token } from "./cypher-tokens.ts";

/** Procedures that only describe the graph or search its names. Everything else (dbms.*, apoc.*, …) is refused. */
export const ALLOWED_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
] as const;

/** Namespaces of the database's own functions (`date.truncate(…)`, `point.distance(…)`); plugin functions are refused. */
export const ALLOWED_FUNCTION_NAMESPACES = ["date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector"] as const;

/**
 * A statement must open with a clause of the query language. Administration commands (SHOW SETTINGS, SHOW USERS,
 * TERMINATE TRANSACTIONS, GRANT, …) run even in a READ transaction, and can only stand at the start.
 * The write clauses are let through on purpose: the database refuses them in READ mode (ReadOnlyError).
 */
const OPENING_CLAUSES = new Set([
  "MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "LOAD",
  "CREATE", "MERGE", "DELETE", "DETACH", "NODETACH", "SET", "REMOVE", "FOREACH", "INSERT", "FINISH",
]);

/** Words that open administration commands: refused as such (403). Any other unknown opening word is a typo (400). */
const ADMIN_COMMANDS = new Set([
  "SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "ALTER", "DROP", "START", "STOP", "RENAME", "ENABLE", "DISABLE",
  "DEALLOCATE", "REALLOCATE", "DRYRUN", "USE",
]);

export const MAX_QUERY_LENGTH = 20_000;

const allowedProcedures = new Set(ALLOWED_PROCEDURES.map((name) => name.toLowerCase()));
const allowedNamespaces = new Set<string>(ALLOWED_FUNCTION_NAMESPACES);

/** Throws ForbiddenQueryError (or ValidationError for a malformed request) when the query must not run. */
export function checkReadOnlyCypher(query: string): void {
  if (query.trim() === "") throw new ValidationError("cypher: give a query");
  if (query.length > MAX_QUERY_LENGTH) throw new ValidationError(`cypher: the query is longer than ${MAX_QUERY_LENGTH} characters`);
  const tokens = tokenize(query);
  while (tokens.at(-1)?.value === ";") tokens.pop();
  if (tokens.some((token) => token.kind === "punct" && token.value === ";")) {
    throw new ValidationError("cypher: one statement at a time (a ';' may only end the query)");
  }
  checkOpening(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (isKeyword(tokens, i, "LOAD") && isName(tokens[i + 1])) {
      throw new ForbiddenQueryError(`cypher: LOAD ${tokens[i + 1]!.text} is refused: it reads files and URLs on the database server`);
    }
    if (isKeyword(tokens, i, "USE") && isName(tokens[i + 1])) {
      throw new ForbiddenQueryError("cypher: USE is refused: queries run on the graph's own database");
    }
    if (isKeyword(tokens, i, "CALL")) {
      checkCall(tokens, i);
    } else if (isName(token) && !follows(tokens, i, [".", ":", "$"]) && !isKeyword(tokens, i - 1, "CALL")) {
      checkFunction(tokens, i);
    }
  }
}

function checkOpening(tokens: Token[]): void {
  let i = 0;
  for (;;) {
    const token = tokens[i];
    if (token?.kind === "word" && token.value === "CYPHER") {
      // CYPHER 5 runtime=slotted …: a version and key=value options.
      i += 1;
      for (;;) {
        if (tokens[i]?.kind === "number") i += 1;
        else if (isName(tokens[i]) && tokens[i + 1]?.value === "=") i += 3;
        else break;
      }
    } else if (token?.kind === "word" && (token.value === "EXPLAIN" || token.value === "PROFILE")) {
      i += 1;
    } else {
      break;
    }
  }
  const first = tokens[i];
  if (!first) throw new ValidationError("cypher: give a query");
  if (first.kind === "word" && OPENING_CLAUSES.has(first.value)) return;
  if (first.kind === "word" && ADMIN_COMMANDS.has(first.value)) {
    throw new ForbiddenQueryError(`cypher: only queries run here; administration commands such as ${first.value} … are refused`);
  }
  // Never sent to the database either: an allow-list keeps commands this guard does not know about out.
  throw new ValidationError(`cypher: a query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL (got '${first.text}')`);
}

/** CALL { … } and CALL (x, y) { … } are subqueries; anything else is a procedure, which must be on the allow-list. */
function checkCall(tokens: Token[], at: number): void {
  const next = tokens[at + 1];
  if (next?.value === "{" && next.kind === "punct") return;
  if (next?.value === "(" && next.kind === "punct") {
    let depth = 0;
    for (let j = at + 1; j < tokens.length; j += 1) {
      const token = tokens[j]!;
      if (token.kind !== "punct") continue;
      if (token.value === "(") depth += 1;
      if (token.value === ")") depth -= 1;
      if (depth === 0) {
        if (tokens[j + 1]?.kind === "punct" && tokens[j + 1]?.value === "{") return;
        break;
      }
    }
    throw new ForbiddenQueryError("cypher: CALL ( … ) must open a subquery: CALL (x) { … }");
  }
  const name = dottedName(tokens, at + 1);
  if (!name) throw new ForbiddenQueryError("cypher: CALL must open a subquery { … } or name an allowed procedure");
  if (!allowedProcedures.has(name.name.toLowerCase())) {
    throw new ForbiddenQueryError(`cypher: the procedure ${name.name} is not allowed (allowed: ${ALLOWED_PROCEDURES.join(", ")})`);
  }
}

/** `a.b(…)` can only be a function in a namespace: the database's own are fine, plugins' (apoc.*, gds.*) are not. */
function checkFunction(tokens: Token[], at: number): void {
  const name = dottedName(tokens, at);
  if (!name || name.parts.length < 2) return;
  const after = tokens[name.end];
  if (after?.kind !== "punct" || after.value !== "(") return;
  if (!allowedNamespaces.has(name.parts[0]!.toLowerCase())) {
    throw new ForbiddenQueryError(
      `cypher: the function ${name.name} is not allowed (only built-in namespaces: ${ALLOWED_FUNCTION_NAMESPACES.join(", ")})`,
    );
  }
}

/** `ns.sub.name` starting at `at` (parts may be backtick-quoted); null when no name starts there. */
function dottedName(tokens: Token[], at: number): { name: string; parts: string[]; end: number } | null {
  if (!isName(tokens[at])) return null;
  const parts = [tokens[at]!.kind === "quoted" ? tokens[at]!.value : tokens[at]!.text];
  let i = at + 1;
  while (tokens[i]?.kind === "punct" && tokens[i]?.value === "." && isName(tokens[i + 1])) {
    const part = tokens[i + 1]!;
    parts.push(part.kind === "quoted" ? part.value : part.text);
    i += 2;
  }
  return { name: parts.join("."), parts, end: i };
}

function isName(token: Token | undefined): boolean {
  return token?.kind === "word" || token?.kind === "quoted";
}

/**
 * An unquoted word standing where a clause can: not a property (`n.load`), a label or type (`:Load`), or a map key
 * (`{load: 1}`). Nothing in Cypher puts a clause right after ':' or '.', or right before ':'.
 */
function isKeyword(tokens: Token[], at: number, keyword: string): boolean {
  const token = tokens[at];
  if (token?.kind !== "word" || token.value !== keyword) return false;
  if (follows(tokens, at, [".", ":"])) return false;
  const next = tokens[at + 1];
  return !(next?.kind === "punct" && next.value === ":");
}

function follows(tokens: Token[], at: number, punctuation: string[]): boolean {
  const before = tokens[at - 1];
  return before?.kind === "punct" && punctuation.includes(before.value);
}
