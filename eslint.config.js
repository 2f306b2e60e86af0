import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "web/src/gql/**", ".data/**", "coverage/**"] },
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
    // Tests read loosely typed GraphQL responses.
    files: ["**/test/**", "subgraphs/common/src/testing/**", "**/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
