import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/dist/supergraph.js";

export const RESULTS = join(ROOT, "bench/results");

/** Keeps a run's figures as `bench/results/<prefix><time>.{json,txt}` and says where. */
export function writeResults(prefix: string, result: unknown, text: string): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replaceAll(":", "-");
  writeFileSync(join(RESULTS, `${prefix}${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(join(RESULTS, `${prefix}${stamp}.txt`), text + "\n");
  console.log(`\nwritten to bench/results/${prefix}${stamp}.{json,txt}`);
}

/** Runs a scenario as the main module: its error in one line and a failing exit code. */
export async function runScenario(scenario: () => Promise<void>): Promise<void> {
  try {
    await scenario();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
