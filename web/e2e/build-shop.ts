import { resolve } from "node:path";
import { buildWebIfStale } from "../../scripts/src/web-build.js";

/**
 * Vitest global setup of the e2e project: the tests run against web/dist, built once before any
 * starts. Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the
 * shop is built as it ships.
 */
export default async function buildShop(): Promise<void> {
  const nodeEnv = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    const result = await buildWebIfStale(resolve(import.meta.dirname, ".."));
    if (result === "failed" || result === "absent") throw new Error(`the web shop could not be built (${result})`);
  } finally {
    process.env["NODE_ENV"] = nodeEnv;
  }
}
