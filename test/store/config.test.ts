// Tests for src/store/config.ts: NEO4J_* variables become one validated connection.
import { describe, expect, it } from "vitest";
import { describeConnection, LOCAL_URI, resolveConnection } from "../../src/store/config.ts";

describe("resolveConnection", () => {
  it("means the local Neo4j when NEO4J_URI is unset or blank", () => {
    expect(resolveConnection({})).toEqual({ local: true, connection: { uri: LOCAL_URI } });
    expect(resolveConnection({ NEO4J_URI: "  " }).local).toBe(true);
  });

  it("takes NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE as given", () => {
    const resolved = resolveConnection({
      NEO4J_URI: "neo4j+s://db.example.org:7687",
      NEO4J_USER: "analyst",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "politics",
    });
    expect(resolved).toEqual({
      local: false,
      connection: { uri: "neo4j+s://db.example.org:7687", user: "analyst", password: "secret", database: "politics" },
    });
  });

  it("defaults the user to neo4j when only a password is given", () => {
    const { connection } = resolveConnection({ NEO4J_URI: "bolt://localhost:7687", NEO4J_PASSWORD: "pw" });
    expect(connection).toEqual({ uri: "bolt://localhost:7687", user: "neo4j", password: "pw" });
  });

  it("rejects a URI that is not bolt or neo4j, naming the variable", () => {
    expect(() => resolveConnection({ NEO4J_URI: "http://localhost:7474" })).toThrowError(
      expect.objectContaining({ name: "ValidationError", message: expect.stringContaining("NEO4J_URI") }),
    );
  });

  it("rejects a malformed database name", () => {
    expect(() => resolveConnection({ NEO4J_URI: "bolt://localhost", NEO4J_DATABASE: "no spaces" })).toThrowError(
      expect.objectContaining({ name: "ValidationError", message: expect.stringContaining("NEO4J_DATABASE") }),
    );
  });

  it("never shows the password when describing the connection", () => {
    const { connection } = resolveConnection({ NEO4J_URI: "bolt://h:1", NEO4J_USER: "u", NEO4J_PASSWORD: "secret" });
    expect(describeConnection(connection)).toBe("bolt://h:1 as u");
  });
});
