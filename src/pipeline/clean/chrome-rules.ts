// The site-chrome rules: data/cleaning/chrome.json validated with zod and compiled to regular expressions.
// Analysts extend the JSON; a malformed rule fails loudly when the module loads, not silently mid-run.
import { z } from "zod";
import { ValidationError } from "../../model/errors.ts";
import chromeJson from "../../../data/cleaning/chrome.json" with { type: "json" };

/** The named groups a pattern may use to keep what a removed line says about the article. */
export const CAPTURES = ["source", "published"] as const;
export type Capture = (typeof CAPTURES)[number];

const share = z.number().min(0).max(1);
const common = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "rule ids are kebab-case"),
  /** A short noun phrase, used in messages: "removed <description>: ...". */
  description: z.string().min(1),
  ignoreCase: z.boolean().default(false),
  /** Share of the text that must precede the paragraph (chrome that only sits at the end). */
  after: share.optional(),
  /** Share of the text that may at most precede the paragraph (chrome that only sits at the top). */
  before: share.optional(),
};

const LineRuleSchema = z.object({
  ...common,
  patterns: z.array(z.string()).min(1),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()).default([]),
});

const BlockRuleSchema = z.object({
  ...common,
  start: z.array(z.string()).min(1),
  /** A paragraph after the start belongs to the block if it matches `pattern` (and its successor matches `next`). */
  body: z.array(z.object({ pattern: z.string(), next: z.string().optional() })).default([]),
  minBody: z.number().int().min(0).default(0),
  /** Everything from the start paragraph to the end of the article. */
  toEnd: z.boolean().default(false),
  examples: z.array(z.array(z.string()).min(1)).min(1),
  counterexamples: z.array(z.array(z.string()).min(1)).default([]),
});

export const ChromeFileSchema = z.object({
  $comment: z.string().optional(),
  fragments: z.record(z.string(), z.string()).default({}),
  lines: z.array(LineRuleSchema),
  blocks: z.array(BlockRuleSchema),
});

interface CompiledCommon {
  id: string;
  description: string;
  after: number;
  before: number;
}

export interface LineRule extends CompiledCommon {
  patterns: RegExp[];
}

export interface BlockRule extends CompiledCommon {
  start: RegExp[];
  body: { pattern: RegExp; next?: RegExp }[];
  minBody: number;
  toEnd: boolean;
}

export interface ChromeRules {
  lines: LineRule[];
  blocks: BlockRule[];
}

/** Validates the JSON and compiles every pattern; throws with the rule id and the problem. */
export function compileChromeRules(json: unknown): ChromeRules {
  const parsed = ChromeFileSchema.safeParse(json);
  if (!parsed.success) throw new ValidationError(`chrome rules: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const expand = fragmentExpander(file.fragments);
  const common = (rule: z.infer<typeof LineRuleSchema> | z.infer<typeof BlockRuleSchema>) => ({
    id: rule.id,
    description: rule.description,
    after: rule.after ?? 0,
    before: rule.before ?? 1,
  });
  const compile = (rule: { id: string; ignoreCase: boolean }, source: string) => {
    const expanded = expand(source, rule.id);
    let regex: RegExp;
    try {
      regex = new RegExp(expanded, rule.ignoreCase ? "iu" : "u");
    } catch (error) {
      throw new ValidationError(`chrome rule "${rule.id}": ${(error as Error).message}`);
    }
    for (const [, name] of expanded.matchAll(/\(\?<([A-Za-z]\w*)>/g)) {
      if (!(CAPTURES as readonly string[]).includes(name ?? "")) {
        throw new ValidationError(`chrome rule "${rule.id}": unknown named group "${name}" (use ${CAPTURES.join(" or ")})`);
      }
    }
    return regex;
  };
  const ids = new Set<string>();
  for (const rule of [...file.lines, ...file.blocks]) {
    if (ids.has(rule.id)) throw new ValidationError(`chrome rule "${rule.id}" is defined twice`);
    ids.add(rule.id);
  }
  return {
    lines: file.lines.map((rule) => ({ ...common(rule), patterns: rule.patterns.map((p) => compile(rule, p)) })),
    blocks: file.blocks.map((rule) => ({
      ...common(rule),
      start: rule.start.map((p) => compile(rule, p)),
      body: rule.body.map((item) => ({
        pattern: compile(rule, item.pattern),
        ...(item.next === undefined ? {} : { next: compile(rule, item.next) }),
      })),
      minBody: rule.minBody,
      toEnd: rule.toEnd,
    })),
  };
}

/** Replaces {{NAME}} with its fragment, recursively, so a date or name shape is written once. */
function fragmentExpander(fragments: Record<string, string>): (source: string, id: string) => string {
  const expand = (source: string, id: string, seen: string[]): string =>
    source.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      const fragment = fragments[name];
      if (fragment === undefined) throw new ValidationError(`chrome rule "${id}": unknown fragment {{${name}}}`);
      if (seen.includes(name)) throw new ValidationError(`chrome rule "${id}": fragment {{${name}}} refers to itself`);
      return expand(fragment, id, [...seen, name]);
    });
  return (source, id) => expand(source, id, []);
}

/** The bundled rules, imported statically so the stage reads nothing at run time. */
export const CHROME_RULES: ChromeRules = compileChromeRules(chromeJson);
