import { describe, expect, it, vi } from "vitest";
import { BoundedStream } from "../src/bounded-stream.js";

const overflow = () => new Error("too slow");

describe("BoundedStream", () => {
  it("hands values over in order, to a waiting read or from its buffer", async () => {
    const stream = new BoundedStream<number>(5, overflow, () => {});
    const waiting = stream.next();
    stream.push(1);
    stream.push(2);
    stream.push(3);
    expect(await waiting).toEqual({ done: false, value: 1 });
    expect(await stream.next()).toEqual({ done: false, value: 2 });
    expect(await stream.next()).toEqual({ done: false, value: 3 });
  });

  it("ends after what is buffered when ended, and settles `closed` once the reader saw the end", async () => {
    const onEnd = vi.fn();
    const stream = new BoundedStream<number>(5, overflow, onEnd);
    stream.push(1);
    stream.end();
    expect(stream.open).toBe(false);
    expect(stream.push(2)).toBe(false);
    let closed = false;
    void stream.closed.then(() => (closed = true));
    expect(await stream.next()).toEqual({ done: false, value: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    await stream.closed;
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it("ends a read that is waiting at once when the reader returns", async () => {
    const onEnd = vi.fn();
    const stream = new BoundedStream<number>(5, overflow, onEnd);
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    await stream.closed;
    stream.end();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it("drops a reader that falls more than `capacity` behind: the buffer goes, the next read throws", async () => {
    const onEnd = vi.fn();
    const stream = new BoundedStream<number>(2, overflow, onEnd);
    expect(stream.push(1)).toBe(true);
    expect(stream.push(2)).toBe(true);
    expect(stream.push(3)).toBe(false);
    expect(onEnd).toHaveBeenCalledTimes(1);
    await expect(stream.next()).rejects.toThrow("too slow");
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("while held keeps what is pushed from a waiting read; a release puts its values first", async () => {
    const stream = new BoundedStream<string>(5, overflow, () => {});
    stream.hold();
    const waiting = stream.next();
    stream.push("event 1");
    stream.push("event 2");
    stream.hold();
    stream.release(["snapshot a"]);
    stream.push("event 3");
    expect(await Promise.race([waiting, "still waiting"])).toBe("still waiting");
    stream.release(["snapshot b"]);
    const read = [(await waiting).value];
    for (let i = 0; i < 4; i++) read.push((await stream.next()).value);
    expect(read).toEqual(["snapshot a", "snapshot b", "event 1", "event 2", "event 3"]);
  });

  it("overflows a held stream past `capacity`, ending a waiting read with the error", async () => {
    const onEnd = vi.fn();
    const stream = new BoundedStream<number>(2, overflow, onEnd);
    stream.hold();
    const waiting = stream.next();
    stream.push(1);
    stream.push(2);
    expect(stream.push(3)).toBe(false);
    await expect(waiting).rejects.toThrow("too slow");
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it("overflows when a release brings more than `capacity` waiting values", async () => {
    const stream = new BoundedStream<number>(2, overflow, () => {});
    stream.hold();
    stream.push(1);
    stream.release([10, 11]);
    expect(stream.open).toBe(false);
    await expect(stream.next()).rejects.toThrow("too slow");
  });
});
