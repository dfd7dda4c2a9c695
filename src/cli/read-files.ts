// The I/O edge of the pipeline: turns command-line paths into article files and reads their bytes.
// Everything after this point is pure; a bad path becomes a one-line error, not an exception.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { InputError } from "../model/errors.ts";
import { checkSize, DEFAULT_MAX_BYTES, type FormatHint } from "../pipeline/decode.ts";

/** The extensions we read, and the format each suggests to decode. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, FormatHint>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export interface FileError {
  path: string;
  reason: string;
}

export interface ArticleFile {
  /** The file name without its extension. */
  id: string;
  path: string;
  bytes: Uint8Array;
  hint: FormatHint;
}

/**
 * Expands folders (recursively, sorted) into article files; a path named explicitly that is missing
 * or of an unsupported type is an error, while other files met inside a folder are skipped.
 */
export async function collectArticleFiles(paths: string[]): Promise<{ files: string[]; errors: FileError[] }> {
  const files = new Set<string>();
  const errors: FileError[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      errors.push({ path, reason: "no such file or folder" });
    } else if (info.isDirectory()) {
      for (const file of await listFolder(path)) files.add(file);
    } else if (!hintFor(path)) {
      errors.push({ path, reason: `unsupported file type "${extname(path) || "(none)"}" (expected ${supported()})` });
    } else {
      files.add(path);
    }
  }
  return { files: [...files], errors };
}

/** Reads one article; the size is checked before reading, so a huge file is refused cheaply. */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleFile> {
  const hint = hintFor(path);
  if (!hint) throw new InputError(`unsupported file type "${extname(path)}" (expected ${supported()})`);
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError("no such file");
  if (!info.isFile()) throw new InputError("not a regular file");
  checkSize(info.size, maxBytes);
  const bytes = new Uint8Array(await readFile(path));
  return { id: basename(path, extname(path)), path, bytes, hint };
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  // Code-unit order, not locale order, so every machine lists the same files in the same order.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    // Hidden entries (.git, editor backups) are never articles.
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listFolder(path)));
    else if (entry.isFile() && hintFor(path)) found.push(path);
  }
  return found;
}

function hintFor(path: string): FormatHint | undefined {
  return ARTICLE_EXTENSIONS[extname(path).toLowerCase()];
}

function supported(): string {
  return Object.keys(ARTICLE_EXTENSIONS).join(" ");
}
