// The only module that imports neo4j-driver: opens the store, runs reads in READ transactions and writes
// through executeWrite, and turns records into plain objects (no Integer, Node or DateTime leaves this file).
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from "neo4j-driver";
import type { Connection } from "./config.ts";
import { isCypherFileName, loadCypher, splitStatements } from "./cypher-files.ts";
import { toStoreError } from "./errors.ts";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryResult {
  columns: string[];
  rows: Row[];
  /** True when maxRows cut the result short. */
  truncated: boolean;
}

export interface ReadOptions {
  /** Server-side time limit for the transaction (default 30 s). */
  timeoutMs?: number;
  /** Stop after this many rows and set `truncated` (default: no limit). */
  maxRows?: number;
}

export interface WriteOptions {
  timeoutMs?: number;
}

/** What a unit of write work gets: run named files or Cypher inside the one transaction. */
export interface WriteTx {
  run(nameOrCypher: string, params?: Params): Promise<Row[]>;
}

export interface PlainNode {
  /** Our `id` property (the element id for nodes without one). */
  id: string;
  labels: string[];
  properties: Row;
}

export interface PlainRelationship {
  type: string;
  /** Our ids of the start and end nodes when they are in the same record, else element ids. */
  start: string;
  end: string;
  properties: Row;
}

export interface PlainPath {
  start: PlainNode;
  end: PlainNode;
  length: number;
  segments: { start: PlainNode; relationship: PlainRelationship; end: PlainNode }[];
}

export interface Store {
  /** The connection without its password. */
  readonly connection: Omit<Connection, "password">;
  /** One statement in a READ transaction: the database itself refuses writes (ReadOnlyError). */
  read(nameOrCypher: string, params?: Params, options?: ReadOptions): Promise<QueryResult>;
  /** One statement through executeWrite (retried on transient errors). */
  write(nameOrCypher: string, params?: Params, options?: WriteOptions): Promise<QueryResult>;
  /** Several statements in one write transaction: all of them commit, or none. */
  writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Creates constraints and indexes (idempotent); openStore does it unless told not to. */
  applySchema(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply cypher/schema.cypher after connecting (default true). */
  schema?: boolean;
}

const DEFAULT_READ_TIMEOUT_MS = 30_000;

/** Connects, checks the server answers, applies the schema. Unreachable → one StoreError naming NEO4J_URI. */
export async function openStore(connection: Connection, options: OpenOptions = {}): Promise<Store> {
  const context = { uri: connection.uri, database: connection.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(
      connection.uri,
      connection.user !== undefined
        ? neo4j.auth.basic(connection.user, connection.password ?? "")
        : undefined,
      {
        connectionTimeout: 5_000,
        connectionAcquisitionTimeout: 10_000,
        maxTransactionRetryTime: 15_000,
        userAgent: "kg/0.1",
      },
    );
  } catch (error) {
    throw toStoreError(error, context);
  }
  try {
    await driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw toStoreError(error, context);
  }
  const store = createStore(driver, connection);
  if (options.schema ?? true) {
    try {
      await store.applySchema();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

function createStore(driver: Driver, connection: Connection): Store {
  const { password: _password, ...shown } = connection;
  const session = (mode: "READ" | "WRITE"): Session =>
    driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(connection.database ? { database: connection.database } : {}),
    });
  const fail = (error: unknown, query: string, timeoutMs?: number) =>
    toStoreError(error, {
      uri: connection.uri,
      ...(connection.database ? { database: connection.database } : {}),
      query,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });

  const writeTransaction = async <T>(work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}) => {
    const s = session("WRITE");
    let current = "";
    try {
      return await s.executeWrite(
        (tx) =>
          work({
            run: async (nameOrCypher, params = {}) => {
              const { text, label } = resolve(nameOrCypher);
              current = label;
              const { rows } = await collect(tx, text, params);
              return rows;
            },
          }),
        options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
      );
    } catch (error) {
      throw fail(error, current, options.timeoutMs);
    } finally {
      await s.close();
    }
  };

  return {
    connection: shown,
    async read(nameOrCypher, params = {}, options = {}) {
      const { text, label } = resolve(nameOrCypher);
      const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
      const s = session("READ");
      // One attempt, not executeRead's retries: a query that ran out of memory or time must not run again.
      const tx = s.beginTransaction({ timeout: timeoutMs });
      try {
        const result = await collect(tx, text, params, options.maxRows);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw fail(error, label, timeoutMs);
      } finally {
        await s.close();
      }
    },
    async write(nameOrCypher, params = {}, options = {}) {
      const { text, label } = resolve(nameOrCypher);
      const s = session("WRITE");
      try {
        return await s.executeWrite(
          (tx) => collect(tx, text, params),
          options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
        );
      } catch (error) {
        throw fail(error, label, options.timeoutMs);
      } finally {
        await s.close();
      }
    },
    writeTransaction,
    async applySchema() {
      const { body } = loadCypher("schema");
      for (const statement of splitStatements(body)) {
        await writeTransaction((tx) => tx.run(statement));
      }
      await writeTransaction((tx) => tx.run("CALL db.awaitIndexes(120)"));
    },
    async close() {
      await driver.close();
    },
  };
}

/** A named file ("queries/find-node") or Cypher text. */
function resolve(nameOrCypher: string): { text: string; label: string } {
  // label names the file in error messages; inline Cypher has none.
  if (isCypherFileName(nameOrCypher)) return { text: loadCypher(nameOrCypher).body, label: nameOrCypher };
  return { text: nameOrCypher, label: "" };
}

async function collect(
  tx: Pick<ManagedTransaction, "run">,
  text: string,
  params: Params,
  maxRows?: number,
): Promise<QueryResult> {
  const result = tx.run(text, toNeo4jParams(params));
  const rows: Row[] = [];
  let truncated = false;
  for await (const record of result) {
    if (maxRows !== undefined && rows.length >= maxRows) {
      truncated = true;
      break;
    }
    rows.push(recordToRow(record));
  }
  const columns = truncated ? Object.keys(rows[0] ?? {}) : [...(await result.keys())];
  return { columns, rows, truncated };
}

/** JS integers go to Neo4j as INTEGER (so LIMIT, offsets and counts stay integers); other numbers as FLOAT. */
function toNeo4jParams(value: unknown): any {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jParams(item)]));
  }
  return value;
}

/** A record as a plain object; relationships name their end nodes by our ids when the record holds them. */
export function recordToRow(record: Neo4jRecord): Row {
  const ids = new Map<string, string>();
  const raw = record.toObject() as Row;
  for (const value of Object.values(raw)) collectNodeIds(value, ids);
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, toPlain(value, ids)]));
}

function collectNodeIds(value: unknown, ids: Map<string, string>): void {
  if (neo4j.isNode(value)) {
    const id = value.properties.id;
    if (typeof id === "string") ids.set(value.elementId, id);
  } else if (neo4j.isPath(value)) {
    collectNodeIds(value.start, ids);
    for (const segment of value.segments) collectNodeIds(segment.end, ids);
  } else if (Array.isArray(value)) {
    for (const item of value) collectNodeIds(item, ids);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) collectNodeIds(item, ids);
  }
}

function toPlain(value: unknown, ids: Map<string, string>): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isNode(value)) return plainNode(value, ids);
  if (neo4j.isRelationship(value)) {
    return {
      type: value.type,
      start: ids.get(value.startNodeElementId) ?? value.startNodeElementId,
      end: ids.get(value.endNodeElementId) ?? value.endNodeElementId,
      properties: plainProperties(value.properties, ids),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    return {
      start: plainNode(value.start, ids),
      end: plainNode(value.end, ids),
      length: value.length,
      segments: value.segments.map((segment) => ({
        start: plainNode(segment.start, ids),
        relationship: toPlain(segment.relationship, ids) as PlainRelationship,
        end: plainNode(segment.end, ids),
      })),
    } satisfies PlainPath;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    return { srid: toPlain(value.srid, ids), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
  }
  if (Array.isArray(value)) return value.map((item) => toPlain(item, ids));
  if (isPlainObject(value)) return plainProperties(value, ids);
  if (typeof value === "object") return String(value);
  return value;
}

function plainNode(node: { elementId: string; labels: string[]; properties: Row }, ids: Map<string, string>): PlainNode {
  const id = node.properties.id;
  return {
    id: typeof id === "string" ? id : node.elementId,
    labels: [...node.labels].sort(),
    properties: plainProperties(node.properties, ids),
  };
}

function plainProperties(properties: object, ids: Map<string, string>): Row {
  return Object.fromEntries(Object.entries(properties).map(([key, item]) => [key, toPlain(item, ids)]));
}

function isPlainObject(value: unknown): value is Row {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

