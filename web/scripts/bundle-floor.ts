/**
 * The floor under the shop's initial JavaScript: what React 19 alone, and React 19 with Apollo
 * Client and one query, ship before a line of the shop (web/bundle-floor/, built as the shop is:
 * production, es2022, minified, each file gzipped at level 9). `node scripts/bundle-floor.ts`
 * prints it; the bundle test prints it beside the shop's figure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { measureInitialJs } from "./bundle-size.ts";

export const FLOOR_APPS = ["react", "react-apollo"] as const;
export type FloorApp = (typeof FLOOR_APPS)[number];

/** Builds web/bundle-floor/<app> into a temporary directory; returns its initial JavaScript, gzipped. */
export async function floorGzipBytes(app: FloorApp): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), `bundle-floor-${app}-`));
  // Under vitest NODE_ENV is "test", which would bundle React's development build.
  const nodeEnv = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await build({
      root: resolve(import.meta.dirname, "../bundle-floor", app),
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: "es2022", modulePreload: { polyfill: false } },
    });
    return measureInitialJs(outDir).gzipBytes;
  } finally {
    if (nodeEnv === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = nodeEnv;
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  for (const app of FLOOR_APPS) {
    console.log(`${app.padEnd(13)} ${((await floorGzipBytes(app)) / 1024).toFixed(1)} KB gzipped`);
  }
}
