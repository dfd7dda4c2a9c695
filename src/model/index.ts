// The domain model: one type per concept, shared by the pipeline, store, CLI, server and web app.
export * from "./vocabulary.ts";
export * from "./document.ts";
export * from "./entity.ts";
export * from "./claim.ts";
export * from "./payload.ts";
export * from "./article-graph.ts";
export * from "./errors.ts";
export * from "./lexicon.ts";
export * from "./ids.ts";
export * from "./api.ts";
