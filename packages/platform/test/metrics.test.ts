import { describe, expect, it } from "vitest";
import { Metrics } from "../src/metrics.js";

/** The value of `name`'s one sample in the registry's text, as Prometheus reads it. */
async function sample(metrics: Metrics, name: string): Promise<string | undefined> {
  const text = await metrics.registry.metrics();
  return new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1];
}

describe("gauges read on scrape", () => {
  it("reads once per scrape for all its gauges, and reports what it read", async () => {
    const metrics = new Metrics("test");
    let reads = 0;
    metrics.gaugesReadOnScrape(
      "backlog",
      async () => {
        reads++;
        return { count: 3, age: 42.5 };
      },
      { count: { name: "test_waiting", help: "waiting" }, age: { name: "test_oldest_seconds", help: "oldest" } },
    );
    expect(await sample(metrics, "test_waiting")).toBe("3");
    expect(await sample(metrics, "test_oldest_seconds")).toBe("42.5");
    expect(reads).toBe(1);
  });

  it("reports NaN, never 0, when the read fails, and counts the failure by source", async () => {
    const metrics = new Metrics("test");
    let down = true;
    metrics.gaugesReadOnScrape(
      "outbox",
      async () => {
        if (down) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
        return { age: 0 };
      },
      { age: { name: "test_oldest_seconds", help: "oldest" } },
    );
    // 0 would read as "nothing waits" and silence the alert on this gauge. (prom-client writes
    // "Nan"; Prometheus parses NaN in any case.)
    expect(await sample(metrics, "test_oldest_seconds")).toMatch(/^nan$/i);
    expect(await sample(metrics, "metrics_read_failures_total")).toBe("1");
    expect(await metrics.registry.metrics()).toMatch(/^metrics_read_failures_total\{[^}]*source="outbox"[^}]*\} 1$/m);

    down = false;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await sample(metrics, "test_oldest_seconds")).toBe("0");
    expect(await sample(metrics, "metrics_read_failures_total")).toBe("1");
  });
});
