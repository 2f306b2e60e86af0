/**
 * Preloaded into a benchmarked process (`node --expose-gc --import memory-probe.js`): on SIGUSR2
 * it collects garbage and writes `process.memoryUsage()` as JSON to $BENCH_MEMORY_FILE, so the
 * benchmark measures what the process retains rather than garbage it has not collected yet.
 */
import { writeFileSync } from "node:fs";

const file = process.env["BENCH_MEMORY_FILE"];
const collect = (globalThis as { gc?: () => void }).gc;
if (file && collect) {
  process.on("SIGUSR2", () => {
    collect();
    writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
}
