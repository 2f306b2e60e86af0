import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { INITIAL_JS_BUDGET_BYTES, measureInitialJs } from "../scripts/bundle-size.ts";

describe("shop bundle", () => {
  it("keeps the initial JavaScript within 152 KB gzipped, with admin and other routes split off", () => {
    const initial = measureInitialJs(resolve(import.meta.dirname, "../dist"));
    console.log(
      `initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzipped in ${initial.chunks.length} files`,
    );
    expect(initial.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    expect(initial.chunks.map((chunk) => chunk.file).join(" ")).not.toMatch(/AdminApp|CheckoutPage|ProductPage/);
  });
});
