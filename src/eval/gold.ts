// The gold standard as data: the zod schema of data/gold/*.json and a pure parser that names the bad field.
// Reading the files is the caller's job (src/eval/run.ts); the annotation guide is data/gold/README.md.
import { z } from "zod";
import { ValidationError } from "../model/errors.ts";
import { NODE_KINDS, RELATIONS } from "../model/vocabulary.ts";

/** The two article sets the gold annotates: the bundled articles (data/articles) and the held-out ones. */
export const ARTICLE_SETS = ["bundled", "heldOut"] as const;
export type ArticleSet = (typeof ARTICLE_SETS)[number];

const GoldEntitySchema = z.object({
  type: z.enum(NODE_KINDS),
  /** Surface forms used in this article (may be empty when the text only implies the entity). */
  aliases: z.array(z.string().min(1)),
});

const GoldClaimSchema = z.object({
  subject: z.string().min(1),
  relation: z.enum(RELATIONS),
  object: z.string().min(1),
  issue: z.string().min(1).nullable(),
  explicit: z.boolean(),
  hedged: z.boolean(),
  evidence: z.string().min(1),
  note: z.string().optional(),
});

export const GoldFileSchema = z
  .object({
    article: z.string().min(1),
    style: z.string().optional(),
    heldOut: z.boolean().default(false),
    textRepair: z.string().optional(),
    /** Canonical name (shared across articles) -> type and this article's aliases. */
    entities: z.record(z.string().min(1), GoldEntitySchema),
    claims: z.array(GoldClaimSchema),
  })
  .superRefine((gold, ctx) => {
    // A claim naming an entity the file does not declare could never be aligned: catch the typo here.
    gold.claims.forEach((claim, index) => {
      for (const field of ["subject", "object", "issue"] as const) {
        const name = claim[field];
        if (name !== null && !(name in gold.entities)) {
          ctx.addIssue({ code: "custom", path: ["claims", index, field], message: `"${name}" is not one of the entities` });
        }
      }
    });
  });

export type GoldArticle = z.infer<typeof GoldFileSchema>;
export type GoldClaim = GoldArticle["claims"][number];

/** Validates one parsed gold file; `file` is its name, used in the message and checked against the article id. */
export function parseGold(file: string, content: unknown): GoldArticle {
  const parsed = GoldFileSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new ValidationError(`gold ${file}: ${where}${issue?.message ?? "invalid"}`);
  }
  const expected = file.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
  if (parsed.data.article !== expected) {
    throw new ValidationError(`gold ${file}: article "${parsed.data.article}" does not match the file name (expected "${expected}")`);
  }
  return parsed.data;
}

export function setOf(gold: GoldArticle): ArticleSet {
  return gold.heldOut ? "heldOut" : "bundled";
}
