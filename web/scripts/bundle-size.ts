/**
 * The shop's initial JavaScript: the entry script of dist/index.html and every module it imports
 * statically (what the browser must fetch before the first page renders; lazy routes excluded),
 * each gzipped at level 9 as a server would send it. `node scripts/bundle-size.ts` prints it;
 * the bundle test asserts the budget.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The budget README states for the initial JavaScript: at most 152 KB gzipped (150 KB until the
 * catalog's cards showed photos: the <picture> with its AVIF and WebP sources, and their fields).
 */
export const INITIAL_JS_BUDGET_BYTES = 152 * 1024;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  chunks: ChunkSize[];
  bytes: number;
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Relative static imports of a built chunk (dynamic `import()` calls are not matched). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1] as string);
}

export function measureInitialJs(dist: string): InitialJs {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1] as string);
  if (entries.length === 0) throw new Error(`${dist}/index.html has no module script`);
  const seen = new Set<string>();
  const queue = entries.map((src) => join(dist, src.replace(/^\//, "")));
  const chunks: ChunkSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    chunks.push({
      file: file.slice(dist.length + 1),
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
    });
    for (const specifier of staticImports(code.toString("utf8"))) queue.push(resolve(dirname(file), specifier));
  }
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.main) {
  const dist = resolve(import.meta.dirname, "../dist");
  const initial = measureInitialJs(dist);
  for (const chunk of initial.chunks) console.log(`${kb(chunk.gzipBytes).padStart(9)}  ${chunk.file}`);
  console.log(
    `initial JavaScript: ${kb(initial.gzipBytes)} gzipped (${kb(initial.bytes)} raw) in ${initial.chunks.length} files; budget ${kb(INITIAL_JS_BUDGET_BYTES)}`,
  );
  if (initial.gzipBytes > INITIAL_JS_BUDGET_BYTES) process.exitCode = 1;
}
