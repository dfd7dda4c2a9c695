// The I/O edge of the evaluation: reads the gold folder, finds each annotated article's text, runs the pipeline, then scores.
// Shared by `kg eval` and the quality guard test, so both measure the same thing.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputError, ValidationError } from "../model/errors.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { DATA_DIR, loadKnowledge } from "../pipeline/knowledge/load-files.ts";
import { ARTICLE_EXTENSIONS } from "../cli/read-files.ts";
import { runPipeline } from "../cli/run-pipeline.ts";
import { evaluate, type EvalReport } from "./evaluate.ts";
import { parseGold, setOf, ARTICLE_SETS, type ArticleSet, type GoldArticle } from "./gold.ts";

export const GOLD_DIR = path.join(DATA_DIR, "gold");
/** Lives beside the gold files but is not one: the scores the quality test holds the pipeline to. */
export const FLOORS_FILE = "floors.json";

export interface EvalOptions {
  goldDir?: string;
  /** Which article sets to score (default: both). */
  sets?: readonly ArticleSet[];
  knowledge?: Knowledge;
  /** rules | llm | both, as for `kg extract` (default: both when KG_LLM_* is set, rules otherwise). */
  extractor?: string;
}

export interface EvalRun extends EvalReport {
  goldDir: string;
}

export async function runEvaluation(options: EvalOptions = {}): Promise<EvalRun> {
  const goldDir = options.goldDir ?? GOLD_DIR;
  const wanted = new Set(options.sets ?? ARTICLE_SETS);
  const gold = (await readGold(goldDir)).filter((g) => wanted.has(setOf(g)));
  if (gold.length === 0) throw new InputError(`gold ${goldDir}: no gold files for ${[...wanted].join(" or ")}`);
  const paths = await Promise.all(gold.map((g) => articlePath(goldDir, g.article)));
  const knowledge = options.knowledge ?? (await loadKnowledge());
  const run = await runPipeline(paths, { knowledge, extractor: options.extractor });
  const failure = run.failures[0];
  if (failure) throw new InputError(`${failure.path}: ${failure.reason}`);
  const articles = gold.map((g) => {
    const index = run.docs.findIndex((d) => d.id === g.article);
    return { gold: g, doc: run.docs[index]!, graph: run.graphs[index]! };
  });
  return { goldDir, ...evaluate(articles, knowledge) };
}

/** Every gold file in the folder, parsed and validated, in file-name order. */
export async function readGold(goldDir: string): Promise<GoldArticle[]> {
  const entries = await readdir(goldDir).catch(() => {
    throw new InputError(`gold ${goldDir}: no such folder`);
  });
  const files = entries.filter((f) => f.endsWith(".json") && f !== FLOORS_FILE).sort();
  if (files.length === 0) throw new InputError(`gold ${goldDir}: no gold files (*.json)`);
  const gold: GoldArticle[] = [];
  for (const file of files) {
    const text = await readFile(path.join(goldDir, file), "utf8");
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      throw new ValidationError(`gold ${file}: invalid JSON (${(error as Error).message})`);
    }
    gold.push(parseGold(file, content));
  }
  return gold;
}

/** Held-out texts sit in <gold>/articles, the bundled ones in the data folder's articles/, beside the gold folder. */
async function articlePath(goldDir: string, id: string): Promise<string> {
  const folders = [path.join(goldDir, "articles"), path.join(goldDir, "..", "articles")];
  for (const folder of folders) {
    for (const extension of Object.keys(ARTICLE_EXTENSIONS)) {
      const candidate = path.join(folder, `${id}${extension}`);
      if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    }
  }
  throw new InputError(`gold ${id}.json: no article text ${id}.txt in ${folders.join(" or ")}`);
}
