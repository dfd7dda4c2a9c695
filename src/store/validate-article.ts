// Checks an ArticleGraph before it is loaded: schemas, ids that resolve within the batch, and evidence offsets
// that point at the quoted sentence. The first problem becomes one ValidationError naming the article and the item.
import { z } from "zod";
import type { ArticleGraph } from "../model/article-graph.ts";
import { ClaimSchema } from "../model/claim.ts";
import { ValidationError } from "../model/errors.ts";
import { ArticleRefSchema, GraphNodeSchema } from "../model/payload.ts";

const ArticleRecordSchema = ArticleRefSchema.extend({
  text: z.string(),
  hash: z.string().min(1),
  sentences: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});

const StoredClaimSchema = ClaimSchema.extend({ id: z.string().min(1) });

const MentionSchema = z.object({ entity: z.string().min(1), count: z.number().int().nonnegative() });

export function validateArticleGraph(graph: ArticleGraph): void {
  const where = `article '${graph?.article?.id ?? "?"}'`;
  const fail = (what: string): never => {
    throw new ValidationError(`${where}: ${what}`);
  };
  const check = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(`${what}${issue?.path.length ? `.${issue.path.join(".")}` : ""}: ${issue?.message ?? "invalid"}`);
    }
    return parsed.data as T;
  };

  const article = check(ArticleRecordSchema, graph.article, "article");
  for (const [index, sentence] of article.sentences.entries()) {
    if (sentence.start > sentence.end || sentence.end > article.text.length) {
      fail(`sentence ${index} [${sentence.start}, ${sentence.end}) is outside the text (length ${article.text.length})`);
    }
  }

  const labels = new Map<string, string>();
  for (const [index, node] of (graph.nodes ?? []).entries()) {
    const parsed = check(GraphNodeSchema, node, `node ${index}`);
    if (labels.has(parsed.id)) fail(`node '${parsed.id}' appears twice`);
    labels.set(parsed.id, parsed.label);
  }

  const mentioned = new Set<string>();
  for (const [index, mention] of (graph.mentions ?? []).entries()) {
    const parsed = check(MentionSchema, mention, `mention ${index}`);
    if (!labels.has(parsed.entity)) fail(`mention of '${parsed.entity}', which is not among the article's nodes`);
    if (mentioned.has(parsed.entity)) fail(`mentions of '${parsed.entity}' are counted twice`);
    mentioned.add(parsed.entity);
  }

  const claimIds = new Set<string>();
  for (const [index, claim] of (graph.claims ?? []).entries()) {
    const parsed = check(StoredClaimSchema, claim, `claim ${index}`);
    const name = `claim '${parsed.id}'`;
    if (claimIds.has(parsed.id)) fail(`${name} appears twice`);
    claimIds.add(parsed.id);
    if (labels.get(parsed.subject) !== "Actor") {
      fail(`${name}: subject '${parsed.subject}' is not an Actor among the article's nodes`);
    }
    if (!labels.has(parsed.object)) fail(`${name}: object '${parsed.object}' is not among the article's nodes`);
    if (parsed.issue !== null && labels.get(parsed.issue) !== "Issue") {
      fail(`${name}: issue '${parsed.issue}' is not an Issue among the article's nodes`);
    }
    const { evidence } = parsed;
    if (evidence.article !== article.id) fail(`${name}: evidence points at article '${evidence.article}'`);
    if (evidence.start > evidence.end || evidence.end > article.text.length) {
      fail(`${name}: evidence [${evidence.start}, ${evidence.end}) is outside the text (length ${article.text.length})`);
    }
    if (article.text.slice(evidence.start, evidence.end) !== evidence.text) {
      fail(`${name}: evidence text is not text.slice(${evidence.start}, ${evidence.end})`);
    }
  }
}
