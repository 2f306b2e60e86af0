import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { devServerRender } from "./scripts/dev-server-render.ts";

/** Where `npm run dev` sends API, websocket and image requests: the gateway of `npm start`. */
const gateway = process.env["GATEWAY_URL"] ?? "http://127.0.0.1:4000";

const COMPRESSIBLE = /\.(?:html|js|css|svg|json)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, at the highest
 * levels: compressed once here instead of on every request. The gateway sends the copy the
 * client's Accept-Encoding allows.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: "shopgraph-precompress",
    // What the browser downloads; the server render's bundle (dist-server) is read from disk.
    apply: (_config, env) => env.command === "build" && !env.isSsrBuild,
    async writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      await Promise.all(
        Object.values(bundle).map(async (output) => {
          if (!COMPRESSIBLE.test(output.fileName)) return;
          const source = Buffer.from(output.type === "chunk" ? output.code : output.source);
          if (source.length < MIN_BYTES) return;
          const path = join(dir, output.fileName);
          const [br, gzipped] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gz(source, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), precompress(), devServerRender(gateway)],
  ssr: {
    // The server render is one self-contained file (dist-server/entry-server.js) the gateway
    // imports: it needs none of web/'s packages installed beside it. The dev server's render
    // loads them from node_modules as Node does (its module runner cannot run their CommonJS).
    noExternal: command === "build" ? true : undefined,
  },
  // The shop's dependencies only: crawling graphiql/index.html too (GraphiQL has a config of its
  // own) made the dev server's optimizer fail on monaco's `?worker` imports.
  optimizeDeps: { entries: ["index.html"] },
  server: {
    proxy: {
      "/graphql": { target: gateway, ws: true },
      "/images": { target: gateway },
    },
  },
  build: {
    target: "es2022",
    // Every browser es2022 targets preloads modules itself: the polyfill would only add weight.
    modulePreload: { polyfill: false },
    // No source maps in what is published: they would hand out the shop's source.
    sourcemap: false,
    // The server render is one module: the gateway loads it afresh after a rebuild (by a new
    // URL), which chunks importing it by its plain path would split into two copies.
    ...(isSsrBuild ? { copyPublicDir: false, rollupOptions: { output: { codeSplitting: false } } } : {}),
  },
}));
