// Closed vocabularies of the domain, declared once.
// Validators, Cypher parameters and legends all iterate these arrays.

export const RELATIONS = ["SUPPORTS", "OPPOSES", "CONSTRAINS"] as const;
export type Relation = (typeof RELATIONS)[number];

export const NODE_LABELS = ["Actor", "Issue"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ACTOR_KINDS = ["person", "state", "organisation", "institution", "group"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Issues all share one kind; the explorer colours nodes by kind. */
export const NODE_KINDS = [...ACTOR_KINDS, "issue"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EXTRACTORS = ["rules", "llm"] as const;
export type Extractor = (typeof EXTRACTORS)[number];
