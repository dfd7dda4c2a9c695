// Entities: the canonical actors and issues that mentions resolve to.
// Dictionary files in data/dictionaries are validated against these schemas when loaded.
import { z } from "zod";
import { ACTOR_KINDS, NODE_LABELS, NODE_KINDS } from "./vocabulary.ts";

/** An office held for a period: lets "the Russian president" resolve by date and context. */
export const RoleSchema = z.object({
  role: z.string().min(1),
  country: z.string().nullable().default(null),
  from: z.string().nullable().default(null),
  to: z.string().nullable().default(null),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case kebab-case"),
  label: z.enum(NODE_LABELS),
  name: z.string().min(1),
  kind: z.enum(NODE_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  /** Country id this entity belongs to (institutions, officials, demonyms). */
  country: z.string().nullable().default(null),
  roles: z.array(RoleSchema).default([]),
  /** Adjectival forms for states ("Russian"), used for groups like "Russian officials". */
  demonyms: z.array(z.string()).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

export const DictionaryFileSchema = z.object({
  entities: z.array(EntitySchema),
});

export { ACTOR_KINDS };
