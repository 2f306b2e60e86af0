import { generate } from "@graphql-codegen/cli";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import config from "../../codegen.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the tests' generated GraphQL types", () => {
  it("match the schemas and the tests' operations (run `npm run codegen` when this fails)", async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs
      .filter(
        ({ filename, content }) =>
          readFileSync(join(ROOT, filename), "utf8").replace(/\s+$/, "") !== content.replace(/\s+$/, ""),
      )
      .map(({ filename }) => filename);
    expect(stale).toEqual([]);
  }, 60_000);
});
