// The extraction contract written by `kg extract`, read by the store, the server and the explorer.
// Keep it stable: other tools depend on it.
import { z } from "zod";
import { EvidenceSchema } from "./claim.ts";
import { NODE_KINDS, NODE_LABELS, RELATIONS } from "./vocabulary.ts";

export const ArticleRefSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  path: z.string(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const GraphNodeSchema = z.object({
  id: z.string().min(1),
  label: z.enum(NODE_LABELS),
  name: z.string().min(1),
  kind: z.enum(NODE_KINDS),
  aliases: z.array(z.string()),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.enum(RELATIONS),
  issue: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const ExtractionPayloadSchema = z.object({
  articles: z.array(ArticleRefSchema),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type ExtractionPayload = z.infer<typeof ExtractionPayloadSchema>;
