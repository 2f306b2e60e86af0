import type { CodegenConfig } from "@graphql-codegen/cli";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

/**
 * Typed documents for the tests' operations (the shop's are in web/codegen.ts). A test writes
 * each operation with the `graphql()` of the schema it talks to and gets its result and
 * variables types; `npm run codegen` regenerates every `test/gql/` and scripts/test/codegen.test.ts
 * fails when one is stale.
 *
 * - gateway/test/gql: operations sent through the gateway, against the public API (schema/api.graphql).
 *   Files elsewhere that go through the gateway (listed in THROUGH_GATEWAY) import it too.
 * - subgraphs/<name>/test/gql: operations sent to one subgraph, against its own schema built as the
 *   subgraph serves it (schema/<name>.graphql is its SDL with federation directives; built with
 *   buildSubgraphSchema it also has `_entities` and `_service`).
 *
 * Documents that are invalid on purpose (hostile input) stay strings and are not checked.
 */

/** Test files outside gateway/test whose operations go through the gateway. */
const THROUGH_GATEWAY = ["scripts/test/**/*.ts", "subgraphs/orders/test/gateway.test.ts", "web/e2e/**/*.ts"];

/** A file of the repository (the tests' drift check loads this config from another directory). */
const repoFile = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");

const subgraphs = Object.keys(
  (parseYaml(repoFile("supergraph.yaml")) as { subgraphs: Record<string, unknown> }).subgraphs,
);

/** A subgraph's schema as it serves it, printed for codegen (which cannot read federation directives). */
const subgraphSchema = (name: string): string =>
  printSchema(buildSubgraphSchema(parse(repoFile(`schema/${name}.graphql`))));

const output = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    // The tests' requests carry no __typename unless they select it (the shop's client adds it).
    skipTypename: true,
    defaultScalarType: "unknown",
    // A decimal string: what Intl.NumberFormat formats exactly.
    scalars: { DateTimeISO: "string", Decimal: "`${number}`" },
  },
} as const;

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  // The tests resolve modules as Node does: relative imports need their `.js`.
  emitLegacyCommonJSImports: false,
  generates: {
    "gateway/test/gql/": {
      ...output,
      schema: "schema/api.graphql",
      documents: ["gateway/test/**/*.ts", ...THROUGH_GATEWAY, "!**/gql/**"],
    },
    ...Object.fromEntries(
      subgraphs.map((name) => [
        `subgraphs/${name}/test/gql/`,
        {
          ...output,
          schema: subgraphSchema(name),
          documents: [`subgraphs/${name}/test/**/*.ts`, ...THROUGH_GATEWAY.map((glob) => `!${glob}`), "!**/gql/**"],
        },
      ]),
    ),
  },
};

export default config;
