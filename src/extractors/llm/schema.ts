// The shapes the model is asked for and what its answers are checked against.
// The request schema is strict (enum of relations); the zod schemas are lenient per claim, so one bad claim never sinks the rest.
import { z } from "zod";
import { RELATIONS } from "../../model/vocabulary.ts";

/** `response_format` for POST /chat/completions: structured output under OpenAI's strict JSON-schema rules. */
export const RESPONSE_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "claims",
    strict: true,
    schema: {
      type: "object",
      properties: {
        claims: {
          type: "array",
          items: {
            type: "object",
            properties: {
              subject: { type: "string", description: "An actor, named as in the list of known entities" },
              relation: { type: "string", enum: [...RELATIONS] },
              object: { type: "string", description: "An actor or an issue, named as in the list of known entities" },
              issue: { type: ["string", "null"], description: "The issue when the object is an actor; null otherwise" },
              confidence: { type: "number", description: "0 to 1" },
              sentence: { type: "integer", description: "The number in brackets of the sentence that states the claim" },
              evidence: { type: "string", description: "A verbatim quote from that sentence" },
            },
            required: ["subject", "relation", "object", "issue", "confidence", "sentence", "evidence"],
            additionalProperties: false,
          },
        },
      },
      required: ["claims"],
      additionalProperties: false,
    },
  },
} as const;

/** The part of an OpenAI-compatible chat completion we read. */
export const CompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});
export type Completion = z.infer<typeof CompletionSchema>;

/** The answer's envelope; each claim is checked on its own with ModelClaimSchema. */
export const AnswerSchema = z.object({ claims: z.array(z.unknown()) });

/** One claim as the model states it. Relation is any string here: an unknown relation drops the claim, not the answer. */
export const ModelClaimSchema = z.object({
  subject: z.string().trim().min(1),
  relation: z.string().trim().min(1),
  object: z.string().trim().min(1),
  issue: z
    .string()
    .trim()
    .nullish()
    .transform((issue) => (issue ? issue : null)),
  confidence: z.number().finite(),
  sentence: z.number().int(),
  evidence: z.string().min(1),
});
export type ModelClaim = z.infer<typeof ModelClaimSchema>;
