// The explorer in a real browser: the bundled articles ingested into the tests' Neo4j, web/ built, `kg serve` started,
// and Chromium checking what a person would see — the graph, search, panels, evidence, questions, console, the URL.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestResponse } from "../../src/model/api.ts";
import type { Store } from "../../src/store/index.ts";
import { kg, ROOT } from "../helpers/cli.ts";
import { clearDatabase, openTestStore } from "../store/store-helpers.ts";
import { buildExplorer, hook, launchChromium, recordProblems, screenshot, SCREENSHOTS, startKgServe, type PageLog, type RunningServer } from "./harness.ts";

const ARTICLES = path.join(ROOT, "data", "articles");
const TRUMP_SANCTIONS = "us-congress>CONSTRAINS>donald-trump@sanctions";

/** An article whose text carries markup that would run if the explorer ever parsed article text as HTML. */
const PROBE = [
  "Congress and the sanctions probe",
  "",
  'WASHINGTON — Congress has blocked Donald Trump from lifting the sanctions <script>window.__kgXss = "script"</script> against Moscow, lawmakers said on Tuesday. <img src=x onerror="window.__kgXss = \'img\'"> The bill requires approval by Congress for any change.',
].join("\n");

describe("the explorer in Chromium", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const shots: string[] = [];

  const stage = async () => {
    const box = await page.locator("#sigma").boundingBox();
    if (!box) throw new Error("the sigma container is not on the page");
    return box;
  };
  const shoot = async (name: string) => shots.push(await screenshot(page, name));
  const url = () => new URL(page.url());
  /** Types into an autocomplete and picks a suggestion, as a person would. */
  const pick = async (scope: ReturnType<Page["locator"]>, field: string, typed: string, suggestion: string) => {
    const input = scope.getByRole("combobox", { name: field, exact: true });
    await input.fill(typed);
    const listId = await input.getAttribute("aria-controls");
    await page.locator(`[id="${listId}"] [role=option]`, { hasText: suggestion }).first().click();
    expect(await input.inputValue()).toBe(suggestion);
  };

  beforeAll(async () => {
    store = await openTestStore();
    await clearDatabase(store);
    const [ingest] = await Promise.all([kg(["ingest", ARTICLES]), buildExplorer()]);
    expect(ingest.code, ingest.stderr).toBe(0);
    server = await startKgServe();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    log = recordProblems(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
    if (shots.length) console.log(`Screenshots in ${SCREENSHOTS}:\n  ${shots.map((s) => path.basename(s)).join("\n  ")}`);
  });

  it("draws the graph: nodes on the canvas, their labels, and the counts shown", async () => {
    await page.goto(server.url);
    await hook(page).settled();
    const rendered = await hook(page).rendered();
    expect(rendered.nodes).toBeGreaterThan(8);
    expect(rendered.edges).toBeGreaterThan(8);
    expect(rendered.labels).toContain("Donald Trump");
    // The counts in the top bar are the ones sigma draws.
    const counts = page.locator("#counts");
    await expect.poll(() => counts.textContent()).toMatch(/^\d+ of \d+ nodes · \d+ of \d+ relations/);
    expect(Number(await counts.getAttribute("data-nodes"))).toBe(rendered.nodes);
    expect(Number(await counts.getAttribute("data-edges"))).toBe(rendered.edges);
    // And there is ink on the canvas: the WebGL layers really drew something.
    expect(await hook(page).inkedPixels()).toBeGreaterThan(2000);
    await expect.poll(() => page.locator(".legend-item").count()).toBe(9);
    await shoot("01-graph-overview");
  });

  it("highlights a hovered node's neighbours and dims the rest", async () => {
    const box = await stage();
    const putin = await hook(page).nodePosition("vladimir-putin");
    expect(putin).not.toBeNull();
    await page.mouse.move(box.x + putin!.x, box.y + putin!.y);
    await expect.poll(async () => (await hook(page).focus())?.nodes ?? []).toContain("vladimir-putin");
    const focus = await hook(page).focus();
    expect(focus!.nodes).toContain("donald-trump");
    expect(focus!.nodes).not.toContain("us-congress");
    await page.mouse.move(box.x + 4, box.y + 4);
    await expect.poll(() => hook(page).focus()).toBeNull();
  });

  it("finds Donald Trump from 'Trump' with the keyboard and opens his panel with evidence", async () => {
    await page.keyboard.press("/");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("Trump");
    const first = page.locator("#search-input-list [role=option]").first();
    await first.waitFor();
    expect(await first.textContent()).toContain("Donald Trump");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.locator("#search-input").getAttribute("aria-activedescendant")).toBe("search-input-list-0");
    await page.keyboard.press("Enter");
    await page.locator(".node-panel").waitFor();
    expect(await page.locator("#details-title").textContent()).toBe("Donald Trump");
    expect(url().searchParams.get("node")).toBe("donald-trump");
    expect(await page.locator(".node-panel .kicker").textContent()).toContain("Person");
    expect(await page.locator(".node-panel h3", { hasText: "Constrained by" }).textContent()).toMatch(/Constrained by\s*\d/);
    expect(await page.locator(".node-panel .quote").count()).toBeGreaterThan(2);
    expect(await page.locator(".node-panel").textContent()).toContain("U.S. Congress");
    const focus = await hook(page).focus();
    expect(focus?.nodes).toEqual(expect.arrayContaining(["donald-trump", "us-congress", "vladimir-putin"]));
    await page.waitForTimeout(700); // the camera glides to the neighbourhood
    await shoot("02-node-panel-evidence");
  });

  it("opens a sentence's article in the reader with that sentence highlighted and in view", async () => {
    const quote = page.locator(".node-panel .edge-block", { hasText: "U.S. Congress" }).locator(".quote").first();
    const sentence = (await quote.textContent())!.replace(/^“|”$/g, "");
    await quote.click();
    const mark = page.locator("#reader mark.evidence-mark");
    await mark.waitFor();
    expect(await mark.textContent()).toBe(sentence);
    const [markBox, textBox] = [await mark.boundingBox(), await page.locator("#reader .reader-text").boundingBox()];
    expect(markBox!.y).toBeGreaterThanOrEqual(textBox!.y);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(textBox!.y + textBox!.height);
    await shoot("03-article-reader-highlight");
    // Escape closes the reader only; the node panel underneath stays.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#reader").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.locator("#details").isVisible()).toBe(true);
  });

  it("shows an edge's type, issue, confidence, weight and evidence when it is clicked on the canvas", async () => {
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#details").isVisible()).toBe(false);
    await page.waitForTimeout(300);
    const box = await stage();
    // Walk along the edge until sigma reports something under the pointer and click there. Where another edge
    // crosses it, or a node lies on it (the layout is not deterministic), that one opens instead: close it and walk
    // on, as a person would, from where the nodes now are (opening a node moves the camera).
    const wanted = /^us-congress>CONSTRAINS>donald-trump@/;
    let clicked = false;
    for (const t of [0.5, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.45, 0.55]) {
      for (const dy of [0, 1, -1, 2]) {
        const from = (await hook(page).nodePosition("us-congress"))!;
        const to = (await hook(page).nodePosition("donald-trump"))!;
        await page.mouse.move(box.x + from.x + (to.x - from.x) * t, box.y + from.y + (to.y - from.y) * t + dy);
        // Sigma updates the cursor on its next frame: read it after that, not the one the last position left.
        await page.waitForTimeout(100);
        if ((await page.locator("#sigma").evaluate((n) => (n as HTMLElement).style.cursor)) !== "pointer") continue;
        await page.mouse.down();
        await page.mouse.up();
        await page.waitForTimeout(300);
        if (wanted.test(url().searchParams.get("edge") ?? "")) {
          clicked = true;
          break;
        }
        if (!url().searchParams.get("edge") && !url().searchParams.get("node")) continue;
        await page.keyboard.press("Escape");
        await expect.poll(() => page.locator("#details").isVisible()).toBe(false);
        await page.waitForTimeout(300);
      }
      if (clicked) break;
    }
    expect(clicked).toBe(true);
    const panel = page.locator(".edge-panel");
    await panel.waitFor();
    expect(url().searchParams.get("edge")).toMatch(wanted);
    expect(await panel.locator("dl.facts").textContent()).toMatch(/RelationConstrains.*Confidence\d+%.*Weight\d+ claims?/);
    expect(await panel.locator(".quote").count()).toBeGreaterThan(0);
    await page.mouse.move(box.x + 4, box.y + 4);
  });

  it("answers 'what constrains Trump on sanctions' with U.S. Congress, its evidence and Cypher, highlighted in the graph", async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("tab", { name: /Ask/ }).click();
    await page.getByLabel("What constrains…").check();
    const form = page.locator("#panel-ask .question-fields:not([hidden])");
    await pick(form, "Actor", "Trump", "Donald Trump");
    await form.getByLabel("On issue").selectOption({ label: "sanctions" });
    await page.locator("#panel-ask button[type=submit]").click();
    const answer = page.locator("#panel-ask .answer");
    await answer.locator(".answer-item").first().waitFor();
    expect(await answer.locator(".answer-question").textContent()).toBe("What constrains Donald Trump on sanctions?");
    expect(await answer.locator(".answer-item").first().textContent()).toContain("U.S. Congress");
    expect(await answer.locator(".quote").count()).toBeGreaterThanOrEqual(2);
    expect(await answer.locator(".cypher-shown code").first().textContent()).toBe("constraints-on");
    expect(await answer.locator(".cypher-shown pre code").first().textContent()).toMatch(/MATCH/);
    const focus = await hook(page).focus();
    expect(focus?.nodes).toEqual(expect.arrayContaining(["us-congress", "donald-trump"]));
    expect(focus?.edges).toContain(TRUMP_SANCTIONS);
    expect(url().searchParams.get("q")).toBe("constrains");
    await hook(page).settled();
    await page.waitForTimeout(700);
    await shoot("04-question-constrains-answer");
  });

  it("answers 'who supports / opposes' an issue with every position on it", async () => {
    await page.getByLabel("Who supports / opposes…").check();
    const form = page.locator("#panel-ask .question-fields:not([hidden])");
    await form.getByLabel("Issue").selectOption({ label: "New START" });
    await page.locator("#panel-ask button[type=submit]").click();
    const answer = page.locator("#panel-ask .answer");
    await answer.locator(".answer-question", { hasText: "New START" }).waitFor();
    expect(await answer.locator(".answer-item").count()).toBeGreaterThan(0);
    expect(await answer.locator(".chip.rel").first().textContent()).toMatch(/supports|opposes|constrains/);
    expect((await hook(page).focus())?.nodes).toContain("new-start");
  });

  it("answers a path question from Putin to Congress and highlights the path", async () => {
    await page.getByLabel("Path from… to…").check();
    const form = page.locator("#panel-ask .question-fields:not([hidden])");
    await pick(form, "From", "Putin", "Vladimir Putin");
    await pick(form, "To", "Congress", "U.S. Congress");
    await page.locator("#panel-ask button[type=submit]").click();
    const answer = page.locator("#panel-ask .answer");
    await answer.locator(".answer-question", { hasText: "connected" }).waitFor();
    expect(await answer.locator(".answer-question").textContent()).toBe("How is Vladimir Putin connected to U.S. Congress?");
    expect(await answer.locator(".answer-item h4").first().textContent()).toMatch(/Vladimir Putin → .*U\.S\. Congress/);
    const focus = await hook(page).focus();
    expect(focus?.nodes).toEqual(expect.arrayContaining(["vladimir-putin", "donald-trump", "us-congress"]));
    expect(focus?.edges.length).toBeGreaterThanOrEqual(2);
    await hook(page).settled();
    await page.waitForTimeout(700);
    await shoot("05-question-path");
  });

  it("runs read-only Cypher as a table and a graph, offers the named queries, and shows a refused write as an error", async () => {
    await page.getByRole("button", { name: "Cypher" }).click();
    const consoleBox = page.locator("#console");
    await consoleBox.waitFor();
    const examples = consoleBox.getByLabel("Example queries");
    await expect.poll(() => examples.locator("option").count()).toBeGreaterThan(3);
    await examples.selectOption("constraints-on");
    expect(await consoleBox.getByLabel("Query").inputValue()).toMatch(/CONSTRAINS/);
    await consoleBox.getByLabel("Query").fill("MATCH p = (a:Actor)-[r:CONSTRAINS]->(b) RETURN a.name AS constrainer, b.name AS constrained, r.issue AS issue, p");
    await consoleBox.getByLabel("Parameters (JSON)").fill("");
    await consoleBox.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => consoleBox.locator(".console-status").textContent()).toMatch(/\d+ rows?/);
    expect(await consoleBox.locator("[role=tab][aria-selected=true]").textContent()).toBe("Graph");
    expect(await consoleBox.locator(".mini-sigma canvas").count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shoot("06-cypher-console-graph");
    await consoleBox.getByRole("tab", { name: "Table" }).click();
    expect(await consoleBox.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await consoleBox.locator("thead").textContent()).toContain("constrainer");
    expect(await consoleBox.locator("tbody").textContent()).toContain("U.S. Congress");
    expect(await consoleBox.locator("tbody td.entity").first().textContent()).toMatch(/ —CONSTRAINS→ /);
    await shoot("07-cypher-console-table");
    await consoleBox.getByLabel("Query").fill("CREATE (n:Actor {id: 'intruder'}) RETURN n");
    await consoleBox.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => consoleBox.locator(".console-status.error").count()).toBe(1);
    // The refusal is an HTTP error, which Chromium itself logs as a failed resource; that one line is expected here.
    const refused = log.problems.filter((line) => /Failed to load resource: the server responded with a status of 4\d\d/.test(line));
    expect(refused.length).toBeLessThanOrEqual(1);
    log.problems = log.problems.filter((line) => !refused.includes(line));
    expect(await store.read("MATCH (n {id: 'intruder'}) RETURN count(n) AS n").then((r) => Number(r.rows[0]?.n))).toBe(0);
    await consoleBox.getByRole("button", { name: "Close the console" }).click();
    expect(await consoleBox.isVisible()).toBe(false);
  });

  it("filters by relation type and minimum confidence, updating the canvas and the counts at once", async () => {
    await page.getByRole("button", { name: "Clear" }).first().click();
    await page.getByRole("tab", { name: /Filters/ }).click();
    const before = await hook(page).rendered();
    await page.locator("#panel-filters").getByLabel("Supports").uncheck();
    const afterRelation = await hook(page).rendered();
    expect(afterRelation.edges).toBeLessThan(before.edges);
    expect(Number(await page.locator("#counts").getAttribute("data-edges"))).toBe(afterRelation.edges);
    expect(url().searchParams.get("rel")).toBe("OPPOSES,CONSTRAINS");
    await page.locator("#panel-filters").getByLabel("Minimum confidence").fill("0.9");
    const afterConfidence = await hook(page).rendered();
    expect(afterConfidence.edges).toBeLessThanOrEqual(afterRelation.edges);
    expect(url().searchParams.get("conf")).toBe("0.9");
    await page.getByRole("button", { name: "Reset filters" }).click();
    expect((await hook(page).rendered()).edges).toBe(before.edges);
  });

  it("explores: expands a node's neighbourhood strongest first, collapses it, hides a node, and undoes", async () => {
    await page.getByRole("button", { name: "Explore" }).click();
    await expect.poll(async () => (await hook(page).rendered()).nodes).toBe(0);
    await page.keyboard.press("/");
    await page.keyboard.type("Mr. Putin");
    await page.locator("#search-input-list [role=option]", { hasText: "Vladimir Putin" }).first().click();
    await page.locator(".node-panel").waitFor();
    expect((await hook(page).rendered()).nodes).toBe(1);
    await page.locator(".node-panel").getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await hook(page).rendered()).nodes).toBeGreaterThan(2);
    const expanded = await hook(page).rendered();
    expect(url().searchParams.getAll("expand")).toEqual(["vladimir-putin~*~*~10"]);
    await hook(page).settled();
    await shoot("08-explore-expanded");
    await page.locator(".node-panel").getByRole("button", { name: "Collapse" }).click();
    expect((await hook(page).rendered()).nodes).toBe(1);
    await page.getByRole("button", { name: "Undo" }).click();
    expect((await hook(page).rendered()).nodes).toBe(expanded.nodes);
    await page.locator(".node-panel").getByRole("button", { name: "Hide" }).click();
    expect(url().searchParams.get("hide")).toBe("vladimir-putin");
    expect((await hook(page).rendered()).nodes).toBe(0);
    await page.keyboard.press("Control+z");
    expect((await hook(page).rendered()).nodes).toBe(expanded.nodes);
  });

  it("restores the view from the URL after a reload", async () => {
    await page.getByRole("button", { name: "Overview" }).click();
    await page.getByRole("tab", { name: /Ask/ }).click();
    await page.getByLabel("What constrains…").check();
    const form = page.locator("#panel-ask .question-fields:not([hidden])");
    await pick(form, "Actor", "Trump", "Donald Trump");
    await form.getByLabel("On issue").selectOption({ label: "any issue" });
    await page.locator("#panel-ask button[type=submit]").click();
    await page.locator("#panel-ask .answer-item").first().waitFor();
    await page.getByRole("tab", { name: /Filters/ }).click();
    await page.locator("#panel-filters").getByLabel("Opposes").uncheck();
    const before = { url: page.url(), rendered: await hook(page).rendered(), title: await page.locator("#details-title").textContent() };
    expect(before.url).toContain("q=constrains");
    expect(before.url).toContain("node=vladimir-putin");
    await page.reload();
    await hook(page).settled();
    await page.locator(".node-panel").waitFor();
    await page.locator("#panel-ask .answer-item").first().waitFor();
    expect(page.url()).toBe(before.url);
    expect(await page.locator("#details-title").textContent()).toBe(before.title);
    expect(await page.locator("#panel-filters").getByLabel("Opposes").isChecked()).toBe(false);
    expect(await page.locator("#panel-ask .answer-question").textContent()).toBe("What constrains Donald Trump?");
    const after = await hook(page).rendered();
    expect(after.nodes).toBe(before.rendered.nodes);
    expect(after.edges).toBe(before.rendered.edges);
    expect((await hook(page).focus())?.nodes).toContain("us-congress");
  });

  it("exports the view as PNG and the graph as GEXF and JSON", async () => {
    await page.getByText("Export ▾").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "View as PNG" }).click()]);
    expect(download.suggestedFilename()).toBe("graph-view.png");
    const file = await download.path();
    const { readFile } = await import("node:fs/promises");
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
    const exported = path.join(SCREENSHOTS, "11-exported-view.png");
    await download.saveAs(exported);
    shots.push(exported);
    for (const [name, type] of [["GEXF", "xml"], ["JSON", "json"]] as const) {
      const href = await page.locator("a.menu-item", { hasText: `Graph as ${name}` }).getAttribute("href");
      const response = await page.request.get(new URL(href!, server.url).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
    }
    await page.keyboard.press("Escape");
  });

  it("renders an uploaded article's <script> and onerror markup as text, in the evidence and in the reader", async () => {
    const upload = await fetch(`${server.url}/api/articles`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "xss-probe", text: PROBE }) });
    expect(upload.status).toBe(201);
    expect(((await upload.json()) as IngestResponse).claims).toBeGreaterThan(0);
    await page.goto(`${server.url}/?node=donald-trump`);
    await hook(page).settled();
    const hostile = page.locator(".node-panel .quote", { hasText: "<script>" });
    await hostile.first().waitFor();
    await hostile.first().click();
    const reader = page.locator("#reader");
    await reader.locator("mark.evidence-mark").waitFor();
    const text = await reader.locator(".reader-text").textContent();
    expect(text).toContain('<script>window.__kgXss = "script"</script>');
    expect(text).toContain("<img src=x onerror=");
    expect(await reader.locator("mark.evidence-mark").textContent()).toContain("<script>");
    expect(await page.locator("#reader script, #reader img, .node-panel script, .node-panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __kgXss?: string }).__kgXss)).toBeUndefined();
    await shoot("09-reader-hostile-article-as-text");
    await page.keyboard.press("Escape");
    // The reader opens from the articles list too.
    await page.getByRole("tab", { name: /Filters/ }).click();
    await page.getByRole("button", { name: "Read Congress and the sanctions probe" }).click();
    await reader.locator(".reader-text").waitFor();
    expect(await reader.locator("#reader-title").textContent()).toBe("Congress and the sanctions probe");
    expect(await page.evaluate(() => (window as unknown as { __kgXss?: string }).__kgXss)).toBeUndefined();
    await page.keyboard.press("Escape");
  });

  it("quotes a sentence that opens with its own quotation mark once, not twice", async () => {
    await page.goto(`${server.url}/?node=a-just-russia`);
    await hook(page).settled();
    const quote = page.locator(".node-panel .quote").first();
    await quote.waitFor();
    expect(await quote.textContent()).toMatch(/^“Vladimir Putin will give a real master class/);
  });

  it("stays readable on a large screen", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/?node=us-congress`);
    await hook(page).settled();
    await page.locator(".node-panel").waitFor();
    const details = await page.locator("#details").boundingBox();
    expect(details!.width).toBeGreaterThan(440);
    expect((await hook(page).rendered()).nodes).toBeGreaterThan(8);
    await page.waitForTimeout(700);
    await shoot("10-large-screen");
  });

  it("logged no console error or warning along the way", () => {
    expect(log.problems).toEqual([]);
  });
});
