// The I/O edge for knowledge: reads data/dictionaries and data/lexicon (or a folder given by the analyst).
// Callers compile the result once and hand it to the pure stages.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ValidationError } from "../../model/index.ts";
import { compileKnowledge, type Knowledge } from "./compile.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const DATA_DIR = path.join(PROJECT_ROOT, "data");

export async function loadKnowledge(dataDir: string = DATA_DIR): Promise<Knowledge> {
  const dictionaryDir = path.join(dataDir, "dictionaries");
  const dictionaries: Record<string, unknown> = {};
  const names = (await readdir(dictionaryDir)).filter((f) => f.endsWith(".json") && f !== "titles.json").sort();
  for (const name of names) dictionaries[name] = await readJson(path.join(dictionaryDir, name));
  return compileKnowledge({
    dictionaries,
    titles: await readJson(path.join(dictionaryDir, "titles.json")),
    cues: await readJson(path.join(dataDir, "lexicon", "cues.json")),
    nouns: await readJson(path.join(dataDir, "lexicon", "nouns.json")),
  });
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ValidationError(`${file}: ${(error as Error).message}`);
  }
}
