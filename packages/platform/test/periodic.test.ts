import { eventually } from "@shopgraph/testing";
import { expect, test } from "vitest";
import { createLogger } from "../src/logger.js";
import { Periodic } from "../src/periodic.js";

const log = createLogger("test", "silent");

test("passes run one at a time: a run asked for while one runs gets that one", async () => {
  let passes = 0;
  let finish!: () => void;
  const periodic = new Periodic({
    name: "test pass",
    intervalMs: 60_000,
    pass: () => new Promise<number>((resolve) => (finish = () => resolve(++passes))),
    done: () => undefined,
    log,
  });
  const first = periodic.run();
  const second = periodic.run();
  finish();
  expect(await Promise.all([first, second])).toEqual([1, 1]);
  const third = periodic.run();
  finish();
  expect(await third).toBe(2);
});

test("started, it runs every interval, goes on after a pass that throws, and stop waits for the pass in hand", async () => {
  const results: number[] = [];
  let calls = 0;
  let holding: (() => void) | undefined;
  const periodic = new Periodic({
    name: "test pass",
    intervalMs: 10,
    pass: async () => {
      calls += 1;
      if (calls === 2) throw new Error("the database went away");
      if (calls === 4) await new Promise<void>((resolve) => (holding = resolve));
      return calls;
    },
    done: (result) => results.push(result),
    log,
  });
  periodic.start();
  await eventually(() => holding !== undefined);
  expect(results).toEqual([1, 3]);
  let stopped = false;
  const stopping = periodic.stop().then(() => (stopped = true));
  expect(periodic.isStopped).toBe(true);
  await new Promise((resolve) => setImmediate(resolve));
  expect(stopped).toBe(false);
  holding!();
  await stopping;
  expect(results).toEqual([1, 3, 4]);
  expect(calls).toBe(4);
});
