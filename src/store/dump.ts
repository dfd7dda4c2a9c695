// A canonical dump of the whole graph: every node and relationship with its properties, sorted, load times left out.
// Two stores hold the same graph exactly when their dumps are deep-equal (the retraction tests rely on it).
import type { Row, Store } from "./driver.ts";

export interface DumpNode {
  labels: string[];
  id: string | null;
  properties: Row;
}

export interface DumpRelationship {
  type: string;
  start: string | null;
  end: string | null;
  properties: Row;
}

export interface GraphDump {
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

/** Properties that record when something was loaded rather than what it says. */
export const VOLATILE_PROPERTIES = ["loadedAt"] as const;

export async function dumpGraph(store: Store): Promise<GraphDump> {
  const [{ rows: nodeRows }, { rows: relationshipRows }] = [
    await store.read("export/all-nodes"),
    await store.read("export/all-relationships"),
  ];
  const nodes = nodeRows
    .map((row) => ({
      labels: [...(row.labels as string[])].sort(),
      id: (row.id as string | null) ?? null,
      properties: canonical(row.properties as Row),
    }))
    .sort((a, b) => compare(sortKey(a), sortKey(b)));
  const relationships = relationshipRows
    .map((row) => ({
      type: row.type as string,
      start: (row.start as string | null) ?? null,
      end: (row.end as string | null) ?? null,
      properties: canonical(row.properties as Row),
    }))
    .sort((a, b) => compare(sortKey(a), sortKey(b)));
  return { nodes, relationships };
}

function canonical(properties: Row): Row {
  return Object.fromEntries(
    Object.keys(properties)
      .filter((key) => !(VOLATILE_PROPERTIES as readonly string[]).includes(key))
      .sort()
      .map((key) => [key, properties[key]]),
  );
}

function sortKey(item: DumpNode | DumpRelationship): string {
  return JSON.stringify(item);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
