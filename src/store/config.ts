// Where the store lives: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, validated once.
// With NEO4J_URI unset the local Neo4j is meant: the caller starts it (ensureLocalNeo4j) and uses its uri.
import { z } from "zod";
import { ValidationError } from "../model/errors.ts";
import { LOCAL_NEO4J } from "./local-neo4j.ts";

export interface Connection {
  uri: string;
  /** Absent: connect without credentials (the local Neo4j runs with auth disabled). */
  user?: string;
  password?: string;
  /** Absent: the server's default database. */
  database?: string;
}

export interface ResolvedConnection {
  /** True when NEO4J_URI is unset: start the local Neo4j, then connect to the uri it reports. */
  local: boolean;
  connection: Connection;
}

/** Where the local Neo4j listens by default; ensureLocalNeo4j reports the uri it actually uses. */
export const LOCAL_URI = `bolt://127.0.0.1:${LOCAL_NEO4J.port}`;

const URI_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"] as const;

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const EnvSchema = z.object({
  NEO4J_URI: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .refine((uri) => isBoltUri(uri), {
        message: `must look like bolt://host:7687 (schemes: ${URI_SCHEMES.join(", ")})`,
      })
      .optional(),
  ),
  NEO4J_USER: z.preprocess(blankIsUnset, z.string().trim().optional()),
  NEO4J_PASSWORD: z.preprocess(blankIsUnset, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, "must be a database name (letters, digits, dots, dashes)")
      .optional(),
  ),
});

/** Reads the connection from the environment; throws a ValidationError naming the bad variable. */
export function resolveConnection(env: Record<string, string | undefined> = process.env): ResolvedConnection {
  const parsed = EnvSchema.safeParse({
    NEO4J_URI: env.NEO4J_URI,
    NEO4J_USER: env.NEO4J_USER,
    NEO4J_PASSWORD: env.NEO4J_PASSWORD,
    NEO4J_DATABASE: env.NEO4J_DATABASE,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "NEO4J_*");
    const shown = variable === "NEO4J_PASSWORD" ? "" : ` (got '${env[variable] ?? ""}')`;
    throw new ValidationError(`${variable} ${issue?.message ?? "is invalid"}${shown}`);
  }
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  const connection: Connection = { uri: NEO4J_URI ?? LOCAL_URI };
  if (NEO4J_USER !== undefined || NEO4J_PASSWORD !== undefined) {
    connection.user = NEO4J_USER ?? "neo4j";
    connection.password = NEO4J_PASSWORD ?? "";
  }
  if (NEO4J_DATABASE !== undefined) connection.database = NEO4J_DATABASE;
  return { local: NEO4J_URI === undefined, connection };
}

/** The connection without its password, for logs and messages. */
export function describeConnection(connection: Connection): string {
  const who = connection.user ? ` as ${connection.user}` : "";
  const db = connection.database ? ` (database ${connection.database})` : "";
  return `${connection.uri}${who}${db}`;
}

function isBoltUri(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  const scheme = url.protocol.replace(/:$/, "");
  return (URI_SCHEMES as readonly string[]).includes(scheme) && url.hostname !== "";
}
