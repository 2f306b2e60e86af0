import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// esbuild (vitest's default transform) drops decorator metadata, which type-graphql and
// MikroORM read at runtime; swc emits it like tsc does.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        target: "es2024",
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  resolve: {
    // graphql 16 ships both index.js and index.mjs without an exports map; Node (and so every
    // dependency) loads the CommonJS build, and two copies of graphql cannot share a schema.
    mainFields: ["main"],
    extensions: [".js", ".ts", ".json"],
    // The shared packages and the subgraphs from their source, so tests never run a stale dist.
    alias: [
      {
        find: /^@shopgraph\/(kernel|platform|subgraph|messaging|testing)$/,
        replacement: `${import.meta.dirname}/packages/$1/src`,
      },
      {
        find: /^@shopgraph\/(?!gateway$|web$)([a-z]+)$/,
        replacement: `${import.meta.dirname}/subgraphs/$1/src`,
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "services",
          include: ["**/test/**/*.test.ts"],
          // Tests wait for facts (eventually, settled); this only bounds a wait that went wrong,
          // with room for the two cores CI shares among every service a test starts.
          testTimeout: 15_000,
          exclude: ["**/node_modules/**", "**/dist/**", "web/**"],
        },
      },
      // The shop's component tests run in jsdom with its own (React) transform.
      "web/vitest.config.ts",
      // The shop end to end: a real browser against the real stack, which needs the swc transform above.
      {
        extends: true,
        test: {
          name: "web-e2e",
          include: ["web/e2e/**/*.test.ts"],
          globalSetup: ["web/e2e/build-shop.ts"],
        },
      },
    ],
  },
});
