// @vitest-environment node
import { generate } from "@graphql-codegen/cli";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import config from "../codegen.ts";

const WEB = resolve(import.meta.dirname, "..");

describe("generated GraphQL types", () => {
  it("match schema/api.graphql and the operations (run `npm run codegen -w web` when this fails)", async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: WEB, silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs
      .filter(
        ({ filename, content }) =>
          readFileSync(join(WEB, filename), "utf8").replace(/\s+$/, "") !== content.replace(/\s+$/, ""),
      )
      .map(({ filename }) => filename);
    expect(stale).toEqual([]);
  }, 60_000);
});
