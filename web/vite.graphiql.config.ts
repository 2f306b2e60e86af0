import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * GraphiQL (graphiql/), built beside the shop into dist/graphiql/ and served by the gateway at
 * /graphiql: every script, stylesheet, font and Monaco worker is a file of this build, so the
 * IDE works offline and asks no other host for anything.
 */
export default defineConfig({
  root: fileURLToPath(new URL("graphiql", import.meta.url)),
  base: "/graphiql/",
  // Not precompressed like the shop: brotli at its highest level takes most of a minute over
  // Monaco's megabytes, for a page developers open on their own machine.
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("dist/graphiql", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Monaco is big and loaded once per session: one warning threshold that fits it.
    chunkSizeWarningLimit: 5_000,
  },
  worker: { format: "es" },
});
