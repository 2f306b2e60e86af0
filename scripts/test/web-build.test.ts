import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildWebIfStale, newestBuildInput } from "../src/web-build.js";

/**
 * A build script that writes dist/index.html and GraphiQL's dist/graphiql/index.html, and counts
 * its runs in builds.log (outside the inputs).
 */
const BUILD = `node -e "const fs = require('fs'); fs.mkdirSync('dist/graphiql', { recursive: true }); fs.writeFileSync('dist/index.html', '<!doctype html>'); fs.writeFileSync('dist/graphiql/index.html', '<!doctype html>'); fs.appendFileSync('builds.log', 'x')"`;

const SOURCES = [
  "index.html",
  "src/main.tsx",
  "src/pages/cart.tsx",
  "public/favicon.svg",
  "vite.config.ts",
  "graphiql/main.tsx",
  "graphiql/examples/partner.graphql",
  "vite.graphiql.config.ts",
  "tsconfig.json",
  "tsconfig.app.json",
  ".env.production",
];
const NOT_INPUTS = [
  "e2e/screenshots/shop.png",
  "e2e/shop.test.ts",
  "test/cart.test.tsx",
  "scripts/bundle-size.ts",
  "vitest.config.ts",
  "codegen.ts",
  "tsconfig.app.tsbuildinfo",
  "node_modules/.vite/deps.json",
  "src/node_modules/.cache",
  "dist/assets/index.js",
  "builds.log",
];

/** Seconds since the epoch, well in the past, so "newer" below is unambiguous. */
const EARLIER = 1_700_000_000;
const LATER = EARLIER + 3_600;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function touch(path: string, seconds: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, "", { flag: "a" });
  utimesSync(path, seconds, seconds);
}

/** A web/ with every file and directory dated EARLIER. */
function webDir(scripts: Record<string, string> = { build: BUILD }): string {
  const dir = mkdtempSync(join(tmpdir(), "shopgraph-web-"));
  dirs.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "web", private: true, scripts }));
  utimesSync(join(dir, "package.json"), EARLIER, EARLIER);
  for (const file of SOURCES) touch(join(dir, file), EARLIER);
  for (const sub of ["src/pages", "src", "public", "graphiql/examples", "graphiql", "."])
    utimesSync(join(dir, sub), EARLIER, EARLIER);
  return dir;
}

const builds = (dir: string) => readFileSync(join(dir, "builds.log"), "utf8").length;

describe("the web shop's build inputs", () => {
  it.each(SOURCES.map((file) => [file]))("%s is one", (file) => {
    const dir = webDir();
    expect(newestBuildInput(dir)).toBe(EARLIER * 1000);
    touch(join(dir, file), LATER);
    expect(newestBuildInput(dir)).toBe(LATER * 1000);
  });

  it("include a source file's deletion (its directory's time moves)", () => {
    const dir = webDir();
    rmSync(join(dir, "src/pages/cart.tsx"));
    expect(newestBuildInput(dir)).toBeGreaterThan(LATER * 1000);
  });

  it.each(NOT_INPUTS.map((file) => [file]))("%s is not one", (file) => {
    const dir = webDir();
    touch(join(dir, file), LATER);
    // Creating the file moved web/'s own time (and maybe its parents'): that must not count either.
    utimesSync(join(dir, "src"), EARLIER, EARLIER);
    expect(newestBuildInput(dir)).toBe(EARLIER * 1000);
  });
});

describe("buildWebIfStale", () => {
  it("builds when web/dist is missing, then leaves it until a source changes", async () => {
    const dir = webDir();
    expect(await buildWebIfStale(dir)).toBe("built");
    expect(await buildWebIfStale(dir)).toBe("current");

    const afterBuild = Date.now() / 1000 + 60;
    touch(join(dir, "e2e/screenshots/order-history.png"), afterBuild);
    touch(join(dir, "tsconfig.app.tsbuildinfo"), afterBuild);
    expect(await buildWebIfStale(dir)).toBe("current");
    expect(builds(dir)).toBe(1);

    touch(join(dir, "src/main.tsx"), afterBuild);
    expect(await buildWebIfStale(dir)).toBe("built");
    expect(builds(dir)).toBe(2);
  });

  it("builds when GraphiQL's page is missing though the shop's is current", async () => {
    const dir = webDir();
    expect(await buildWebIfStale(dir)).toBe("built");
    rmSync(join(dir, "dist/graphiql"), { recursive: true });
    expect(await buildWebIfStale(dir)).toBe("built");
    expect(builds(dir)).toBe(2);
  });

  it("builds when the server render is missing though the shop's pages are current", async () => {
    const dir = webDir({
      build: BUILD.replace(
        "fs.appendFileSync",
        "fs.mkdirSync('dist-server', { recursive: true }); fs.writeFileSync('dist-server/entry-server.js', ''); fs.appendFileSync",
      ),
    });
    touch(join(dir, "src/entry-server.tsx"), EARLIER);
    utimesSync(join(dir, "src"), EARLIER, EARLIER);
    expect(await buildWebIfStale(dir)).toBe("built");
    expect(await buildWebIfStale(dir)).toBe("current");
    rmSync(join(dir, "dist-server"), { recursive: true });
    expect(await buildWebIfStale(dir)).toBe("built");
    expect(builds(dir)).toBe(2);
  });

  it("reports a failing build", async () => {
    expect(await buildWebIfStale(webDir({ build: 'node -e "process.exit(3)"' }))).toBe("failed");
  });

  it("treats a web/ without a build script or without sources as absent", async () => {
    expect(await buildWebIfStale(webDir({}))).toBe("absent");
    const withoutSources = webDir();
    rmSync(join(withoutSources, "src"), { recursive: true });
    expect(await buildWebIfStale(withoutSources)).toBe("absent");
    const empty = mkdtempSync(join(tmpdir(), "shopgraph-web-"));
    dirs.push(empty);
    expect(await buildWebIfStale(empty)).toBe("absent");
  });
});
