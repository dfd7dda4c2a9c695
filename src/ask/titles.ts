// How an answer reads in words: one relation ("U.S. Congress CONSTRAINS Donald Trump on sanctions") and a chain.
// Shared by `kg ask` (printed headings) and the HTTP API (answer titles), so both say the same thing.

export interface TitledHop {
  from: string;
  relation: string;
  to: string;
  /** Issue id, "" or null for none. */
  issue: string | null;
}

/** "<from> RELATION <to> on <issue>", each id shown by the name `name` gives it. */
export function hopTitle(hop: TitledHop, name: (id: string) => string): string {
  const on = hop.issue ? ` on ${name(hop.issue)}` : "";
  return `${name(hop.from)} ${hop.relation} ${name(hop.to)}${on}`;
}

/** The nodes of a chain in order: "Senate Republicans → U.S. Congress → Donald Trump". */
export function chainTitle(names: string[]): string {
  return names.join(" → ");
}
