// Shared by the store tests: open the test Neo4j named by NEO4J_URI (set by the vitest globalSetup), clear it, load fixtures.
// Every test file clears the database first; files run one after another (vitest.config.ts).
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import { resolveConnection } from "../../src/store/config.ts";
import { openStore, type Store } from "../../src/store/driver.ts";
import { ingestArticle } from "../../src/store/load.ts";

export async function openTestStore(): Promise<Store> {
  const { connection, local } = resolveConnection(process.env);
  if (local) {
    throw new Error("NEO4J_URI is not set: run the store tests through vitest, whose globalSetup starts the test Neo4j");
  }
  return openStore(connection);
}

export async function clearDatabase(store: Store): Promise<void> {
  await store.write("MATCH (n) DETACH DELETE n");
}

export async function loadArticles(store: Store, articles: ArticleGraph[]): Promise<void> {
  for (const article of articles) await ingestArticle(store, article);
}

export async function count(store: Store, cypher: string): Promise<number> {
  const { rows } = await store.read(cypher);
  return Number(rows[0]?.n ?? 0);
}

/** Counts of everything a load writes, for "nothing changed" checks. */
export async function counts(store: Store) {
  return {
    actors: await count(store, "MATCH (n:Actor) RETURN count(n) AS n"),
    issues: await count(store, "MATCH (n:Issue) RETURN count(n) AS n"),
    articles: await count(store, "MATCH (n:Article) RETURN count(n) AS n"),
    claims: await count(store, "MATCH (n:Claim) RETURN count(n) AS n"),
    edges: await count(store, "MATCH ()-[r:SUPPORTS|OPPOSES|CONSTRAINS]->() RETURN count(r) AS n"),
    mentions: await count(store, "MATCH ()-[r:MENTIONS]->() RETURN count(r) AS n"),
    relationships: await count(store, "MATCH ()-[r]->() RETURN count(r) AS n"),
  };
}

/** A store holding exactly these articles: opened, cleared, loaded. */
export async function openLoadedStore(articles: ArticleGraph[]): Promise<Store> {
  const store = await openTestStore();
  await clearDatabase(store);
  await loadArticles(store, articles);
  return store;
}
