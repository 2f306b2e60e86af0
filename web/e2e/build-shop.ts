import { resolve } from "node:path";
import { buildWebIfStale } from "../../scripts/src/web-build.js";

/** Vitest global setup of the e2e project: the tests run against web/dist, built once before any starts. */
export default async function buildShop(): Promise<void> {
  const result = await buildWebIfStale(resolve(import.meta.dirname, ".."));
  if (result === "failed" || result === "absent") throw new Error(`the web shop could not be built (${result})`);
}
