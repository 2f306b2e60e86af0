import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromGlobalId, globalIdOf, isId, MAX_ID_LENGTH, NODE_TYPES, toGlobalId, uuidOf } from "../src/ids.js";

describe("global ids", () => {
  it("name their type over the UUID, URL-safe, and decode back to it", () => {
    for (const type of NODE_TYPES) {
      const uuid = randomUUID();
      const id = toGlobalId(type, uuid);
      expect(id).toMatch(new RegExp(`^${type}_[A-Za-z0-9_-]{22}$`));
      expect(encodeURIComponent(id)).toBe(id);
      expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
      expect(fromGlobalId(id)).toEqual({ type, uuid });
      expect(uuidOf(id, type)).toBe(uuid);
    }
    expect(toGlobalId("Order", "0b5e8f0a-3c1d-4e2f-9a6b-7c8d9e0f1a2b")).toBe("Order_C16PCjwdTi-aa3yNng8aKw");
  });

  it("take a raw UUID in any case as the UUID of whatever type is asked for", () => {
    const uuid = randomUUID();
    expect(uuidOf(uuid.toUpperCase(), "Cart")).toBe(uuid);
    expect(isId(uuid)).toBe(true);
    expect(fromGlobalId(uuid)).toBeUndefined();
    expect(globalIdOf("Cart", uuid.toUpperCase())).toBe(toGlobalId("Cart", uuid));
    expect(globalIdOf("Cart", toGlobalId("Cart", uuid))).toBe(toGlobalId("Cart", uuid));
  });

  it("name nothing when of another type, unknown type, other spelling, or malformed", () => {
    const uuid = randomUUID();
    const order = toGlobalId("Order", uuid);
    expect(uuidOf(order, "Cart")).toBeUndefined();
    const malformed = [
      `Invoice_${order.slice(6)}`,
      `order_${order.slice(6)}`,
      `${order}A`,
      order.slice(0, -1),
      // The same 16 bytes spelled with other padding bits: one spelling per id.
      `${order.slice(0, -1)}B`,
      `Order_${"A".repeat(5000)}`,
      "",
      "Order_",
      42,
      null,
    ];
    for (const value of malformed) {
      expect(fromGlobalId(value), String(value)).toBeUndefined();
      expect(isId(value), String(value)).toBe(false);
      expect(uuidOf(value, "Order"), String(value)).toBeUndefined();
    }
  });
});
