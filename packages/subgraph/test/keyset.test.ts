import { describe, expect, test } from "vitest";
import {
  decodeNewestFirstCursor,
  keysetWindowSql,
  newestFirstCursor,
  newestFirstWindowQuery,
  pageWindow,
  sql,
  toPage,
  type PageWindow,
} from "../src/index.js";

const id = "8b0f1d3e-8d2c-4f5e-9a7b-000000000001";
const position = { createdAt: new Date("2026-12-06T10:00:00.000Z"), id };
const decode = (cursor: string, argument: "after" | "before") => decodeNewestFirstCursor(cursor, argument);
const badInput = (run: () => unknown, field: string) => {
  expect(run).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field }) }),
  );
};

describe("pageWindow", () => {
  test("first pages from the start, last from the end; the default is 20 from the start, or from the end with only before", () => {
    const cursor = newestFirstCursor(position);
    expect(pageWindow({ first: 5, after: cursor }, decode)).toEqual({
      size: 5,
      from: "start",
      after: position,
      before: null,
    });
    expect(pageWindow({ last: 5, before: cursor }, decode)).toEqual({
      size: 5,
      from: "end",
      after: null,
      before: position,
    });
    expect(pageWindow({}, decode)).toMatchObject({ size: 20, from: "start" });
    expect(pageWindow({ before: cursor }, decode)).toMatchObject({ size: 20, from: "end" });
    expect(pageWindow({ after: cursor, before: cursor }, decode)).toMatchObject({ from: "start" });
  });

  test("first and last together, sizes outside 1..100 and foreign cursors are BAD_USER_INPUT naming the argument", () => {
    badInput(() => pageWindow({ first: 1, last: 1 }, decode), "first");
    for (const last of [0, -1, 101, 1.5]) badInput(() => pageWindow({ last }, decode), "last");
    badInput(() => pageWindow({ first: 101 }, decode), "first");
    badInput(() => pageWindow({ before: "nonsense" }, decode), "before");
    badInput(() => pageWindow({ after: "nonsense" }, decode), "after");
  });
});

describe("toPage", () => {
  const window = (from: "start" | "end", size: number): PageWindow<string> => ({
    size,
    from,
    after: null,
    before: null,
  });
  const cursorOf = (row: number) => `c${row}`;

  test("forward: the extra row means a next page; precedes means a previous one", () => {
    const page = toPage(window("start", 2), { rows: [1, 2, 3], totalCount: 9, precedes: true }, cursorOf);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: "c1", endCursor: "c2" });
  });

  test("backward: rows come scanned from the end and are put back in list order", () => {
    const page = toPage(window("end", 2), { rows: [9, 8, 7], totalCount: 9, follows: false }, cursorOf);
    expect(page.nodes).toEqual([8, 9]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: "c8", endCursor: "c9" });
  });

  test("an empty page has no cursors", () => {
    expect(toPage(window("end", 2), { rows: [], totalCount: 0 }, cursorOf).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe("keyset SQL", () => {
  const order = { key: sql`m.price`, keyType: sql`int`, id: sql`m.id`, descending: false };
  const at = { key: 500, id };

  test("between two cursors, scanned from the end, with both outside checks", () => {
    const window = keysetWindowSql(order, { size: 3, from: "end", after: at, before: at });
    expect(window.where.text).toBe("(m.price, m.id) > (?::int, ?::uuid) AND (m.price, m.id) < (?::int, ?::uuid)");
    expect(window.orderBy.text).toBe("m.price DESC, m.id DESC");
    expect(window.limit).toBe(4);
    expect(window.precedes?.text).toBe("(m.price, m.id) <= (?::int, ?::uuid)");
    expect(window.follows?.text).toBe("(m.price, m.id) >= (?::int, ?::uuid)");
  });

  test("a descending list compares the other way", () => {
    const window = keysetWindowSql({ ...order, descending: true }, { size: 3, from: "start", after: at, before: null });
    expect(window.where.text).toBe("(m.price, m.id) < (?::int, ?::uuid)");
    expect(window.orderBy.text).toBe("m.price DESC, m.id DESC");
    expect(window.follows).toBeNull();
  });

  test("the MikroORM form of a newest-first window", () => {
    const query = newestFirstWindowQuery<{ createdAt: Date; id: string }>({
      size: 2,
      from: "end",
      after: null,
      before: position,
    });
    expect(query.where).toEqual({
      $and: [{ $or: [{ createdAt: { $gt: position.createdAt } }, { createdAt: position.createdAt, id: { $gt: id } }] }],
    });
    expect(query.orderBy).toEqual({ createdAt: "asc", id: "asc" });
    expect(query.follows).toEqual({
      $or: [{ createdAt: { $lt: position.createdAt } }, { createdAt: position.createdAt, id: { $lte: id } }],
    });
    expect(query.precedes).toBeNull();
  });
});
