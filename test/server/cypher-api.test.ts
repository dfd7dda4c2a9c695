// Tests for cypher/api/*.cypher, the API's own queries: the same header rules as the named queries (a name,
// a description, the returned columns) and exactly the parameters the Cypher uses.
import { describe, expect, it } from "vitest";
import { listCypherFiles, loadCypher, usedParameters } from "../../src/store/cypher-files.ts";

const FILES = listCypherFiles("api");

describe("cypher/api", () => {
  it("holds the API's queries", () => {
    expect(FILES).toEqual(expect.arrayContaining(["api/edges", "api/graph-edges", "api/nodes", "api/article", "api/issues"]));
  });

  it.each(FILES)("%s has a header naming it, describing it and listing its columns", (file) => {
    const cypher = loadCypher(file);
    expect(cypher.name).toBe(file.split("/").pop());
    expect(cypher.description.length).toBeGreaterThan(20);
    expect(cypher.columns.length).toBeGreaterThan(0);
  });

  it.each(FILES)("%s declares exactly the parameters its Cypher uses", (file) => {
    const cypher = loadCypher(file);
    expect(cypher.params.map((param) => param.name).sort()).toEqual(usedParameters(cypher.body));
  });
});
