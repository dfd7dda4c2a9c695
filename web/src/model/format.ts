// Small formatting helpers shared by the panels: confidence, dates, counts, edge descriptions.
// They return plain strings; panels put them in the page as text.
import type { ApiEdge } from "../../../src/model/api.ts";
import { RELATION_LABELS } from "./palette.ts";

export const percent = (value: number) => `${Math.round(value * 100)}%`;

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function formatDate(value: string | null | undefined): string {
  if (!value) return "undated";
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export type Names = Record<string, string> | ((id: string) => string);

export const nameOf = (names: Names, id: string | null | undefined) => (id ? (typeof names === "function" ? names(id) : (names[id] ?? id)) : "");

/** "U.S. Congress constrains Donald Trump on Russia sanctions" */
export function describeEdge(edge: Pick<ApiEdge, "source" | "target" | "type" | "issue">, names: Names): string {
  const issue = edge.issue && edge.issue !== edge.target ? ` on ${nameOf(names, edge.issue)}` : "";
  return `${nameOf(names, edge.source)} ${RELATION_LABELS[edge.type].verb} ${nameOf(names, edge.target)}${issue}`;
}
