import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { importRules } from "./eslint.import-rules.js";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "web/dist-server/**",
      "**/node_modules/**",
      "web/src/gql/**",
      "**/test/gql/**",
      ".data/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // type-graphql and MikroORM take classes as values (`() => Product`); Function is their type.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    // Raw SQL has one way in, the subgraph package's `sql` template and `query`: no positional `?` lists.
    files: ["subgraphs/**", "packages/**"],
    ignores: ["packages/subgraph/src/sql.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='execute']",
          message: "Run raw SQL with query(em, sql`...`) from @shopgraph/subgraph.",
        },
      ],
    },
  },
  {
    // Test helpers are for tests, benchmarks and developer scripts only, never for a service.
    files: ["**/src/**"],
    ignores: ["packages/testing/**", "bench/**", "scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@shopgraph/testing", message: "Only tests, bench/ and scripts/ import @shopgraph/testing." },
          ],
        },
      ],
    },
  },
  ...importRules(),
  {
    // Tests read loosely typed GraphQL responses.
    files: ["**/test/**", "packages/testing/src/**", "**/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
