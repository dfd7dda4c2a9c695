// Tests for src/store/cypher-files.ts and for every .cypher file: headers parse and declare exactly the parameters used.
import { describe, expect, it } from "vitest";
import {
  listCypherFiles,
  loadCypher,
  parseCypherFile,
  splitStatements,
  usedParameters,
} from "../../src/store/cypher-files.ts";

const FILES = [...listCypherFiles("queries"), ...listCypherFiles("write"), ...listCypherFiles("export")];

describe("cypher files", () => {
  it("include the named analyst queries", () => {
    expect(listCypherFiles("queries").map((file) => file.replace("queries/", ""))).toEqual(
      expect.arrayContaining([
        "constraints-on",
        "positions-on-issue",
        "actor-profile",
        "shortest-path",
        "contested-positions",
        "edge-evidence",
        "find-node",
      ]),
    );
  });

  it.each(FILES)("%s has a header naming it, describing it and listing its columns", (file) => {
    const cypher = loadCypher(file);
    expect(cypher.name).toBe(file.split("/").pop());
    expect(cypher.description.length).toBeGreaterThan(20);
    expect(cypher.columns.length).toBeGreaterThan(0);
    expect(cypher.body).not.toMatch(/^\s*\/\/\s*(name|params|returns):/m);
  });

  it.each(FILES)("%s declares exactly the parameters its Cypher uses", (file) => {
    const cypher = loadCypher(file);
    expect(cypher.params.map((param) => param.name).sort()).toEqual(usedParameters(cypher.body));
  });

  it("splits schema.cypher into separate IF NOT EXISTS statements", () => {
    const statements = splitStatements(loadCypher("schema").body);
    expect(statements.length).toBeGreaterThanOrEqual(13);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});

describe("parseCypherFile", () => {
  it("reads types, ranges, requiredness, JSON defaults, continuation lines and alternatives", () => {
    const parsed = parseCypherFile(
      "queries/example",
      [
        "// name: example",
        "// description: An example.",
        "// params: target (string, required), maxHops (integer 1..3, optional = 2),",
        "//   types (relation[], optional = null: all), flag (boolean, optional = true)",
        "// requires: target | types",
        "// returns: a (integer), b ({x, y}), c",
        "MATCH (n {id: $target}) RETURN 1 AS a, 2 AS b, 3 AS c",
      ].join("\n"),
    );
    expect(parsed.params).toEqual([
      expect.objectContaining({ name: "target", base: "string", list: false, required: true }),
      expect.objectContaining({ name: "maxHops", base: "integer", min: 1, max: 3, required: false, default: 2 }),
      expect.objectContaining({ name: "types", base: "relation", list: true, required: false, default: null }),
      expect.objectContaining({ name: "flag", base: "boolean", default: true }),
    ]);
    expect(parsed.requires).toEqual([["target"], ["types"]]);
    expect(parsed.columns).toEqual(["a", "b", "c"]);
    expect(parsed.body).toBe("MATCH (n {id: $target}) RETURN 1 AS a, 2 AS b, 3 AS c");
  });

  it("rejects an unknown parameter type", () => {
    expect(() => parseCypherFile("x", "// params: a (date, required)\nRETURN 1")).toThrow(/unknown type/);
  });
});

describe("usedParameters", () => {
  it("ignores dollars inside strings, quoted names and comments", () => {
    expect(usedParameters("RETURN $a, '$b', \"$c\", `$d` // $e\n, $f.x, '\\'$g'")).toEqual(["a", "f"]);
  });
});
