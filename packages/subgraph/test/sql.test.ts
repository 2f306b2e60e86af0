import { Entity, PrimaryKey } from "@mikro-orm/decorators/legacy";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase, type Orm } from "../src/database.js";
import { emptySql, identifier, intArray, joinSql, jsonb, query, sql, textArray, uuidArray } from "../src/sql.js";

/** MikroORM wants an entity; the statements here read no table. */
@Entity({ tableName: "unused" })
class Unused {
  @PrimaryKey({ type: "int" })
  id!: number;
}

let db: { url: string; orm: Orm };

beforeAll(async () => {
  const url = freshDatabaseUrl("sql");
  db = { url, orm: await openDatabase({ url, entities: [Unused], migrations: [] }) };
});
afterAll(async () => {
  await db.orm.close();
  await dropDatabase(db.url);
});

const hostile = ["o'brien", "a\\'b", "?", "??", "$1", "\\?", "'); drop table outbox; --", 'say "hi"', "{a,b}", "NULL"];

test("values arrive as values, whatever they contain, also next to placeholders", async () => {
  const em = db.orm.em.fork();
  for (const value of hostile) {
    const [row] = await query<{ value: string; next: number }>(em, sql`select ${value}::text as value, ${7} as next`);
    expect(row).toEqual({ value, next: 7 });
  }
});

test("fragments compose with their own values, in order", async () => {
  const conditions = [sql`x = ${"a?"}`, sql`y = ${2}`, sql`z is ${null}`];
  const statement = sql`select count(*)::int as n from (values (${"a?"}, ${2}, null::int)) as t(x, y, z)
                        where ${joinSql(conditions, " and ")} ${emptySql}`;
  expect(statement.params).toEqual(["a?", 2, "a?", 2, null]);
  expect(await query(db.orm.em.fork(), statement)).toEqual([{ n: 1 }]);
});

test("typed arrays and json round-trip any text, NULLs included", async () => {
  const ids = ["7f0c7c2e-1111-4c5e-9a6b-0d1e2f3a4b5c", "00000000-0000-4000-8000-000000000000"];
  const [row] = await query<{ texts: (string | null)[]; ints: (number | null)[]; ids: string[]; doc: unknown }>(
    db.orm.em.fork(),
    sql`select ${textArray([...hostile, null, ""])} as texts, ${intArray([1, null, -3])} as ints,
               ${uuidArray(ids)} as ids, ${jsonb({ hostile })} as doc`,
  );
  expect(row).toEqual({ texts: [...hostile, null, ""], ints: [1, null, -3], ids, doc: { hostile } });
});

test("identifiers are quoted names and nothing else", async () => {
  const [row] = await query<{ column: number }>(db.orm.em.fork(), sql`select 1 as ${identifier("column")}`);
  expect(row).toEqual({ column: 1 });
  for (const name of ['a"b', "a b", "x; drop table outbox", "a?", "", "1a"]) {
    expect(() => identifier(name), name).toThrow(TypeError);
  }
});

test("SQL text with a '?' of its own, or a value that is no number or date, is refused before it runs", () => {
  expect(() => sql`select '?' as ${identifier("q")}`).toThrow(TypeError);
  expect(() => joinSql([sql`a`, sql`b`], " ? ")).toThrow(TypeError);
  expect(() => sql`select ${Number.NaN}`).toThrow(TypeError);
  expect(() => sql`select ${Number.POSITIVE_INFINITY}`).toThrow(TypeError);
  expect(() => sql`select ${new Date("not a date")}`).toThrow(TypeError);
  expect(() => intArray([1.5])).toThrow(TypeError);
});
