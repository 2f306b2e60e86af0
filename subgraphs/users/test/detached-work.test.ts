import { createLogger } from "@shopgraph/platform";
import { expect, test } from "vitest";
import { DetachedWork } from "../src/app/detached-work.js";

test("detached work runs after its caller moved on; stopping waits for it; a failure is logged, not thrown", async () => {
  const errors: unknown[] = [];
  const log = createLogger("users", "silent");
  log.error = ((...args: unknown[]) => void errors.push(args)) as typeof log.error;
  const work = new DetachedWork(log);
  const done: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  work.run("slow", async () => {
    await gate;
    done.push("slow");
  });
  work.run("failing", () => Promise.reject(new Error("boom")));
  expect(done).toEqual([]);
  const stopped = work.stop().then(() => done.push("stopped"));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(done).toEqual([]);
  release();
  await stopped;
  expect(done).toEqual(["slow", "stopped"]);
  expect(errors).toHaveLength(1);
});
