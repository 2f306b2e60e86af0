import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { composeSupergraph, staleFiles } from "../src/composition.js";
import { readSupergraphConfig, SupergraphConfigError } from "../src/supergraph.js";

describe("schema/", () => {
  const composition = composeSupergraph(readSupergraphConfig());

  it("composes the subgraphs listed in supergraph.yaml without errors", async () => {
    const result = await composition;
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("matches what the code prints (run `npm run compose` after changing a schema)", async () => {
    expect(await staleFiles((await composition).files)).toEqual([]);
  });

  it("keeps @inaccessible fields out of the public API schema", async () => {
    const api = [...(await composition).files.entries()].find(([path]) => path.endsWith("api.graphql"))?.[1] ?? "";
    expect(api).not.toMatch(/@inaccessible|join__|_entities|_service/);
  });
});

describe("supergraph.yaml", () => {
  const write = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.yaml");
    writeFileSync(path, text);
    return path;
  };

  it("reads each subgraph's name, routing URL, port and schema file", () => {
    const config = readSupergraphConfig(
      write(
        "federation_version: =2.9.0\nsubgraphs:\n  users:\n    routing_url: http://127.0.0.1:4001/graphql\n    schema:\n      file: ./schema/users.graphql\n",
      ),
    );
    expect(config.federationVersion).toBe("2.9.0");
    expect(config.subgraphs).toEqual([
      expect.objectContaining({ name: "users", routingUrl: "http://127.0.0.1:4001/graphql", port: 4001 }),
    ]);
    expect(config.subgraphs[0]?.schemaFile).toMatch(/schema\/users\.graphql$/);
  });

  it.each([
    [
      "a federation 1 version",
      "federation_version: 1\nsubgraphs:\n  a:\n    routing_url: http://a/\n    schema: { file: a }\n",
    ],
    ["no subgraphs", "federation_version: 2\nsubgraphs: {}\n"],
    ["a missing routing_url", "federation_version: 2\nsubgraphs:\n  a:\n    schema: { file: a }\n"],
    [
      "a routing_url that is no URL",
      "federation_version: 2\nsubgraphs:\n  a:\n    routing_url: nope\n    schema: { file: a }\n",
    ],
    [
      "an upper-case name",
      "federation_version: 2\nsubgraphs:\n  Users:\n    routing_url: http://a/\n    schema: { file: a }\n",
    ],
  ])("rejects %s with a message naming the file", (_case, text) => {
    const path = write(text);
    expect(() => readSupergraphConfig(path)).toThrow(SupergraphConfigError);
    expect(() => readSupergraphConfig(path)).toThrow(path);
  });
});
