import { expect, test } from "vitest";
import { TurnQueue, TurnQueueFull } from "../src/app/upload-turns.js";

/** A job that runs until released, recording when it starts. */
function heldJob(started: number[], id: number) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const held = new Promise<number>((resolve, reject) => {
    release = () => resolve(id);
    fail = reject;
  });
  const job = () => {
    started.push(id);
    return held;
  };
  return { job, release, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test("jobs run one at a time, in the order they came", async () => {
  const turns = new TurnQueue(4);
  const started: number[] = [];
  const jobs = [0, 1, 2].map((id) => heldJob(started, id));
  const results = jobs.map(({ job }) => turns.run(job));
  await settle();
  expect(started).toEqual([0]);
  jobs[0]!.release();
  await settle();
  expect(started).toEqual([0, 1]);
  jobs[1]!.release();
  jobs[2]!.release();
  expect(await Promise.all(results)).toEqual([0, 1, 2]);
});

test("beyond the one running, a job past the waiting limit is refused at once, and the queue takes jobs again once some finish", async () => {
  const turns = new TurnQueue(2);
  const started: number[] = [];
  const jobs = [0, 1, 2].map((id) => heldJob(started, id));
  const accepted = jobs.map(({ job }) => turns.run(job));
  const refused = await turns.run(async () => "never").catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(TurnQueueFull);
  await settle();
  expect(started).toEqual([0]);

  jobs[0]!.release();
  await accepted[0];
  const late = heldJob(started, 3);
  const lateRun = turns.run(late.job);
  expect(await turns.run(async () => "never").catch((error: unknown) => error)).toBeInstanceOf(TurnQueueFull);
  jobs[1]!.release();
  jobs[2]!.release();
  late.release();
  expect(await Promise.all([...accepted, lateRun])).toEqual([0, 1, 2, 3]);
  expect(started).toEqual([0, 1, 2, 3]);
  expect(await turns.run(async () => "after")).toBe("after");
});

test("a job that throws ends its turn: the next runs, and the queue has room again", async () => {
  const turns = new TurnQueue(1);
  const started: number[] = [];
  const failing = heldJob(started, 0);
  const next = heldJob(started, 1);
  const failed = turns.run(failing.job).catch((error: unknown) => error);
  const waiting = turns.run(next.job);
  expect(await turns.run(async () => "never").catch((error: unknown) => error)).toBeInstanceOf(TurnQueueFull);
  failing.fail(new Error("encoder failed"));
  expect(await failed).toMatchObject({ message: "encoder failed" });
  await settle();
  expect(started).toEqual([0, 1]);
  next.release();
  expect(await waiting).toBe(1);
  expect(await Promise.all([turns.run(async () => "a"), turns.run(async () => "b")])).toEqual(["a", "b"]);
});
