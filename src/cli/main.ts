// The `kg` command line: extract, ingest, remove, query, ask, cypher, and control of the local Neo4j.
// Each command returns its exit status; errors become one line naming what failed and why.
import { Command, CommanderError } from "commander";
import { extractCommand } from "./commands/extract.ts";
import { neo4jCommand } from "./commands/neo4j.ts";
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
