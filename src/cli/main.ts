// The `kg` command line: extract, ingest, remove, query, ask, cypher, serve, and control of the local Neo4j.
// Each command returns its exit status; errors become one line naming what failed and why.
import { Command, CommanderError } from "commander";
import { askCommand, type AskOptions } from "./commands/ask.ts";
import { cypherCommand } from "./commands/cypher.ts";
import { evalCommand, type EvalOptions } from "./commands/eval.ts";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { neo4jCommand } from "./commands/neo4j.ts";
import { queryCommand } from "./commands/query.ts";
import { removeCommand } from "./commands/remove.ts";
import { serveCommand, type ServeOptions } from "./commands/serve.ts";
import { startCommand } from "./commands/start.ts";
import { consoleOutput } from "./output.ts";

const out = consoleOutput();
const program = new Command("kg")
  .description("A knowledge graph of actors, issues and positions from international-politics articles")
  .showHelpAfterError()
  .exitOverride();

let status = 0;
const run = (work: () => Promise<number>) => async () => {
  status = await work();
};

program
  .command("extract")
  .description("run the extraction pipeline (no database) and write the graph as JSON")
  .argument("<paths...>", "article files (.txt .md .html) or folders")
  .option("-o, --out <file>", "write the JSON here instead of stdout")
  .option("-v, --verbose", "print every warning the stages recorded")
  .action((paths: string[], options: { out?: string; verbose?: boolean }) => run(() => extractCommand(paths, options, out))());

program
  .command("eval")
  .description("score the pipeline against the gold standard in data/gold (precision, recall, F1; misses and false positives)")
  .option("--gold <dir>", "the gold folder (held-out texts in <dir>/articles, bundled ones in <dir>/../articles)")
  .option("--json", "print the report as JSON")
  .option("--held-out", "only the held-out articles")
  .option("--bundled", "only the bundled articles")
  .option("--all", "both sets (the default)")
  .option("--extractor <name>", "rules | llm | both (default: both when KG_LLM_URL and KG_LLM_MODEL are set, rules otherwise)")
  .action((options: EvalOptions) => run(() => evalCommand(options, out))());

program
  .command("ingest")
  .description("extract articles and load them into Neo4j (unchanged articles are skipped, edited ones replaced)")
  .argument("<paths...>", "article files (.txt .md .html) or folders")
  .option("-v, --verbose", "print every warning the stages recorded")
  .action((paths: string[], options: { verbose?: boolean }) => run(() => ingestCommand(paths, options, out))());

program
  .command("remove")
  .description("retract articles and everything only they supported")
  .argument("<articles...>", "article ids (file names without extension) or paths")
  .action((articles: string[]) => run(() => removeCommand(articles, out))());

program
  .command("query")
  .description("run a named query from cypher/queries (--list shows them)")
  .argument("[name]", "query name")
  .option("-p, --param <key=value>", "a parameter (repeatable; lists comma-separated)", (value: string, all: string[]) => [...all, value], [])
  .option("--json", "print rows as JSON")
  .option("--list", "list the named queries with their parameters")
  .action((name: string | undefined, options: { param: string[]; json?: boolean; list?: boolean }) => run(() => queryCommand(name, options, out))());

program
  .command("ask")
  .description("ask in an analyst's terms, with evidence: constrains | positions | path | profile | contested")
  .argument("<question>", "constrains | positions | path | profile | contested")
  .option("--target <name>", "constrains: the constrained actor")
  .option("--issue <name>", "constrains, positions, path, contested: the issue")
  .option("--from <name>", "path: where it starts")
  .option("--to <name>", "path: where it ends")
  .option("--actor <name>", "profile, contested: the actor")
  .option("--types <list>", "path: relation types, comma-separated (SUPPORTS,OPPOSES,CONSTRAINS)")
  .option("--hops <n>", "constrains: chain length (1-3); path: at most this many hops (1-6)")
  .option("--json", "print the rows as JSON")
  .action((question: string, options: AskOptions) => run(() => askCommand(question, options, out))());

program
  .command("cypher")
  .description("run read-only Cypher (the database refuses writes)")
  .argument("<query>", "a Cypher query")
  .option("--json", "print rows as JSON")
  .option("--limit <n>", "at most this many rows", "1000")
  .action((query: string, options: { json?: boolean; limit: string }) => run(() => cypherCommand(query, options, out))());

program
  .command("start")
  .description("load the bundled articles, build the explorer if needed, answer the canonical question, then serve")
  .option("--port <n>", "serve on this port (default: PORT or 3000)")
  .action((options: ServeOptions) => run(() => startCommand(out, options))());

program
  .command("serve")
  .description("serve the graph explorer and its API (under /api) from the existing database on 127.0.0.1")
  .option("--port <n>", "the port (default: PORT or 3000; 0 picks a free one)")
  .action((options: ServeOptions) => run(() => serveCommand(options, out))());

program
  .command("neo4j")
  .description("control the local Neo4j (used when NEO4J_URI is not set)")
  .argument("<action>", "start | stop | status")
  .action((action: string) => run(() => neo4jCommand(action, out))());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    status = error.exitCode === 0 ? 0 : 2;
  } else {
    out.error((error as Error).message);
    status = 1;
  }
}
process.exitCode = status;
