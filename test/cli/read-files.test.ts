import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectArticleFiles, readArticle } from "../../src/cli/read-files.ts";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kg-read-files-"));
  await mkdir(join(root, "articles", "nested"), { recursive: true });
  await mkdir(join(root, "articles", ".git"), { recursive: true });
  await writeFile(join(root, "articles", "b_second.txt"), "Second article.");
  await writeFile(join(root, "articles", "a_first.md"), "# First\n\nText.");
  await writeFile(join(root, "articles", "nested", "c_third.HTML"), "<p>Third</p>");
  await writeFile(join(root, "articles", "nested", "d_fourth.htm"), "<p>Fourth</p>");
  await writeFile(join(root, "articles", "notes.pdf"), "%PDF");
  await writeFile(join(root, "articles", ".git", "x.txt"), "hidden");
  await writeFile(join(root, "report.markdown"), "Report");
  await writeFile(join(root, "slides.pptx"), "pptx");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("collectArticleFiles", () => {
  it("expands a folder recursively, sorted, keeping only article extensions and skipping hidden folders", async () => {
    const { files, errors } = await collectArticleFiles([join(root, "articles")]);
    expect(files).toEqual([
      join(root, "articles", "a_first.md"),
      join(root, "articles", "b_second.txt"),
      join(root, "articles", "nested", "c_third.HTML"),
      join(root, "articles", "nested", "d_fourth.htm"),
    ]);
    expect(errors).toEqual([]);
  });

  it("keeps files named directly, in the order given, and lists a file once", async () => {
    const report = join(root, "report.markdown");
    const second = join(root, "articles", "b_second.txt");
    const { files } = await collectArticleFiles([report, second, second]);
    expect(files).toEqual([report, second]);
  });

  it("reports a path that does not exist in one line", async () => {
    const missing = join(root, "missing.txt");
    const { files, errors } = await collectArticleFiles([missing]);
    expect(files).toEqual([]);
    expect(errors).toEqual([{ path: missing, reason: "no such file or folder" }]);
  });

  it("reports a file with an unsupported extension, naming the ones it reads", async () => {
    const slides = join(root, "slides.pptx");
    const { errors } = await collectArticleFiles([slides]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(slides);
    expect(errors[0]?.reason).toMatch(/unsupported file type "\.pptx"/);
    expect(errors[0]?.reason).toMatch(/\.txt .*\.htm/);
    expect(errors[0]?.reason).not.toMatch(/\n/);
  });

  it("collects what it can and reports the rest", async () => {
    const { files, errors } = await collectArticleFiles([join(root, "report.markdown"), join(root, "nope")]);
    expect(files).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });
});

describe("readArticle", () => {
  it("reads bytes and derives the id from the file name and the hint from the extension", async () => {
    const article = await readArticle(join(root, "articles", "a_first.md"));
    expect(article.id).toBe("a_first");
    expect(article.hint).toBe("markdown");
    expect(article.path).toBe(join(root, "articles", "a_first.md"));
    expect(new TextDecoder().decode(article.bytes)).toBe("# First\n\nText.");
  });

  it("maps extensions to hints regardless of case", async () => {
    expect((await readArticle(join(root, "articles", "nested", "c_third.HTML"))).hint).toBe("html");
    expect((await readArticle(join(root, "articles", "b_second.txt"))).hint).toBe("text");
  });

  it("refuses a file over the limit", async () => {
    const error = await readArticle(join(root, "articles", "b_second.txt"), 4).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("InputError");
    expect((error as Error).message).toMatch(/too large: 15 bytes, over the 4 bytes limit/);
  });

  it("refuses a 20 MB file from its size alone", async () => {
    const huge = join(root, "huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 20 * 1024 * 1024);
    const error = await readArticle(huge).catch((caught: Error) => caught);
    expect((error as Error).name).toBe("InputError");
    expect((error as Error).message).toMatch(/20\.0 MiB, over the 10\.0 MiB limit/);
  });

  it("refuses a missing file and an unsupported one", async () => {
    await expect(readArticle(join(root, "gone.txt"))).rejects.toMatchObject({ name: "InputError", message: "no such file" });
    await expect(readArticle(join(root, "slides.pptx"))).rejects.toMatchObject({ name: "InputError" });
  });

  it("refuses a folder", async () => {
    await mkdir(join(root, "folder.txt"), { recursive: true });
    await expect(readArticle(join(root, "folder.txt"))).rejects.toMatchObject({ message: "not a regular file" });
  });
});
