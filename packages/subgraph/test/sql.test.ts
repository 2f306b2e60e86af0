import { Entity, PrimaryKey } from "@mikro-orm/decorators/legacy";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase, type Orm } from "../src/database.js";
import {
  emptySql,
  identifier,
  intArray,
  joinSql,
  jsonb,
  query,
  queryPrepared,
  sql,
  textArray,
  uuidArray,
} from "../src/sql.js";

/** MikroORM wants an entity; the statements here read no table. */
@Entity({ tableName: "unused" })
class Unused {
  @PrimaryKey({ type: "int" })
  id!: number;
}

let db: { url: string; orm: Orm };
/** Every statement the ORM saw, as onQuery was given it. */
const seen: string[] = [];

beforeAll(async () => {
  const url = freshDatabaseUrl("sql");
  db = {
    url,
    orm: await openDatabase({ url, entities: [Unused], migrations: [], onQuery: (text) => seen.push(text) }),
  };
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

test("a prepared statement takes the same hostile values as values, typed by where they go, dates as instants", async () => {
  const em = db.orm.em.fork();
  const at = new Date("2026-12-06T23:59:58.123Z");
  for (const value of hostile) {
    const [row] = await queryPrepared<{ value: string; next: number; flag: boolean; at: string; none: null }>(
      em,
      sql`select ${value}::text as value, ${7}::int + 0 as next, ${true}::boolean as flag,
                 ${at}::timestamptz as at, ${null}::text as none`,
    );
    expect({ ...row, at: new Date(row!.at) }).toEqual({ value, next: 7, flag: true, at, none: null });
  }
});

test("a prepared statement is parsed once per connection, counted every time it runs", async () => {
  const statement = (n: number) => sql`select ${n}::int as n, count(*)::int as prepared from pg_prepared_statements
                                       where statement like ${"%sg_prepared_once_probe%"} and from_sql = false`;
  const before = seen.length;
  await db.orm.em.fork().transactional(async (tx) => {
    // sg_prepared_once_probe: a comment the count above finds the statement's own text by.
    for (let n = 1; n <= 3; n++) {
      const [row] = await queryPrepared<{ n: number; prepared: number }>(tx, {
        text: `${statement(n).text} -- sg_prepared_once_probe`,
        params: statement(n).params,
      });
      expect(row).toEqual({ n, prepared: 1 });
    }
  });
  expect(seen.length - before).toBe(3);
});

test("a prepared statement runs in the transaction of its EntityManager, and fails as the ORM's statements fail", async () => {
  await query(db.orm.em.fork(), sql`create table if not exists prepared_probe (id int primary key)`);
  await expect(
    db.orm.em.fork().transactional(async (tx) => {
      await queryPrepared(tx, sql`insert into prepared_probe (id) values (${1})`);
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  expect(await queryPrepared(db.orm.em.fork(), sql`select count(*)::int as n from prepared_probe`)).toEqual([{ n: 0 }]);
  await queryPrepared(db.orm.em.fork(), sql`insert into prepared_probe (id) values (${2})`);
  await expect(queryPrepared(db.orm.em.fork(), sql`insert into prepared_probe (id) values (${2})`)).rejects.toThrow(
    UniqueConstraintViolationException,
  );
});
