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
          exclude: ["**/node_modules/**", "**/dist/**", "web/**", "packages/**"],
          // Files share their worker's modules: the stacks' code (Apollo, MikroORM, type-graphql,
          // the four subgraphs) is loaded and compiled once per worker, not once per file, which
          // was most of what a file starting a stack spent. Safe because every service keeps its
          // state on its instance (a Metrics registry, a pool, caches keyed by key and token),
          // every test removes what it started and restores what it stubbed, and these files
          // declare no decorated classes of their own (type-graphql's metadata is global).
          isolate: false,
        },
      },
      // The shared packages' tests declare their own type-graphql types and MikroORM entities
      // (fixtures a schema is built from): each file keeps its own modules, so none of them
      // reaches another file's schema.
      {
        extends: true,
        test: {
          name: "packages",
          include: ["packages/**/test/**/*.test.ts"],
          testTimeout: 15_000,
          exclude: ["**/node_modules/**", "**/dist/**"],
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
