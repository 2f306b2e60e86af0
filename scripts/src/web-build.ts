import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * What `vite build` reads at the top of web/. Everything else there changes without changing the
 * shop: tests, e2e screenshots written by those tests, tsc's build info, scripts, the output.
 */
const BUILD_INPUTS = [
  /^index\.html$/,
  /^src$/,
  /^graphiql$/,
  /^public$/,
  /^package\.json$/,
  /^vite\.(?:graphiql\.)?config\.[cm]?[jt]s$/,
  /^tsconfig.*\.json$/,
  /^\.env(\..+)?$/,
];

/** Newest modification time under `path` (a directory's own time counts: it moves when a file is deleted). */
function newestChange(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** Newest modification time of the shop's build inputs (web/ itself is not one). */
export function newestBuildInput(webDir: string): number {
  return readdirSync(webDir)
    .filter((entry) => BUILD_INPUTS.some((input) => input.test(entry)))
    .reduce((newest, entry) => Math.max(newest, newestChange(join(webDir, entry))), 0);
}

export type WebBuild = "absent" | "current" | "built" | "failed";

/**
 * Builds the web shop (and GraphiQL, web/graphiql) when it has a build script and web/dist is
 * missing or older than its sources. The shop is optional: without it the gateway serves the API alone.
 */
export async function buildWebIfStale(webDir: string): Promise<WebBuild> {
  const manifest = join(webDir, "package.json");
  if (!existsSync(manifest)) return "absent";
  const { scripts } = JSON.parse(readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> };
  if (!scripts?.["build"] || !existsSync(join(webDir, "src"))) return "absent";
  // The shop's page and, where web/ has them, its server render and GraphiQL's page (one build
  // script writes them all).
  const outputs = [join(webDir, "dist", "index.html")];
  if (existsSync(join(webDir, "src", "entry-server.tsx"))) outputs.push(join(webDir, "dist-server", "entry-server.js"));
  if (existsSync(join(webDir, "graphiql"))) outputs.push(join(webDir, "dist", "graphiql", "index.html"));
  const built = Math.min(...outputs.map((path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0));
  if (built > newestBuildInput(webDir)) return "current";
  console.log("building the web shop (web/dist is missing or older than its sources)...");
  const child = spawn("npm", ["run", "build"], { cwd: webDir, stdio: ["ignore", "inherit", "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return code === 0 ? "built" : "failed";
}
