import { describe, expect, it } from "vitest";
import { Slots, SlotsByKey } from "../src/slots.js";

describe("Slots", () => {
  it("gives out at most its size, and a slot again once one is released", () => {
    const slots = new Slots(2);
    const first = slots.tryTake();
    expect(slots.tryTake()).toBeDefined();
    expect(slots.tryTake()).toBeUndefined();
    first!();
    expect(slots.tryTake()).toBeDefined();
    expect(slots.tryTake()).toBeUndefined();
  });

  it("frees a slot once however often its release is called", () => {
    const slots = new Slots(2);
    const release = slots.tryTake()!;
    slots.tryTake();
    release();
    release();
    expect(slots.tryTake()).toBeDefined();
    expect(slots.tryTake()).toBeUndefined();
  });
});

describe("SlotsByKey", () => {
  it("bounds each key on its own and forgets a key once its slots are back", () => {
    const slots = new SlotsByKey(1);
    const a = slots.tryTake("a");
    expect(slots.tryTake("a")).toBeUndefined();
    const b = slots.tryTake("b");
    expect(b).toBeDefined();
    a!();
    a!();
    expect(slots.keys).toBe(1);
    b!();
    expect(slots.keys).toBe(0);
    expect(slots.tryTake("a")).toBeDefined();
  });
});
