import { afterAll, beforeAll, expect, test } from "vitest";
import {
  eventEnvelope,
  insertOutboxEvent,
  OUTBOX_INSERT_COLUMNS,
  OUTBOX_TABLE,
  OutboxEvent,
  recordEvent,
} from "../src/outbox.js";
import { query, sql } from "@shopgraph/subgraph";
import { eventsDatabase } from "./fixtures.js";

let db: Awaited<ReturnType<typeof eventsDatabase>>;

beforeAll(async () => {
  db = await eventsDatabase();
});
afterAll(async () => {
  await db.close();
});

test("the outbox entity maps its properties to the columns insertOutboxEvent writes", () => {
  const meta = db.orm.getMetadata().get(OutboxEvent);
  expect(meta.tableName).toBe(OUTBOX_TABLE);
  for (const [property, column] of Object.entries(OUTBOX_INSERT_COLUMNS)) {
    expect(meta.properties[property as keyof typeof OUTBOX_INSERT_COLUMNS]?.fieldNames).toEqual([column]);
  }
});

test("insertOutboxEvent fills every column the outbox table requires, and only columns it has", async () => {
  const columns = await query<{ column_name: string; required: boolean }>(
    db.orm.em.fork(),
    sql`select column_name, is_nullable = 'NO' and column_default is null as required
        from information_schema.columns where table_name = ${OUTBOX_TABLE}`,
  );
  const written = Object.values(OUTBOX_INSERT_COLUMNS);
  expect(written.toSorted()).toEqual(
    columns
      .filter((column) => column.required)
      .map((c) => c.column_name)
      .toSorted(),
  );
  expect(columns.map((column) => column.column_name)).toEqual(expect.arrayContaining(written));
});

test("an event inserted by SQL reads back like one recorded through the entity, once per row of its source", async () => {
  const em = db.orm.em.fork();
  const envelope = eventEnvelope("user.updated", { userId: "u-1", email: "o'brien?@example.com", name: "\\ ?? '" });
  await query(
    em,
    sql`with source as (select * from (values ('u-1'), ('u-2')) as v(user_id))
        ${insertOutboxEvent(envelope, {
          aggregateId: sql`source.user_id`,
          from: sql`source where user_id = 'u-1'`,
          envelope: (stored) => sql`jsonb_set(${stored}, '{data,name}', to_jsonb(source.user_id))`,
        })}`,
  );
  const recorded = recordEvent(em, "user.updated", "u-2", { userId: "u-2", email: "b@example.com", name: "B" });
  await em.flush();

  const rows = await db.orm.em.fork().find(OutboxEvent, {}, { orderBy: { sequence: "asc" } });
  expect(
    rows.map(({ id, type, aggregateId, envelope, publishedAt }) => ({ id, type, aggregateId, envelope, publishedAt })),
  ).toEqual([
    {
      id: envelope.id,
      type: "user.updated",
      aggregateId: "u-1",
      envelope: { ...envelope, data: { ...envelope.data, name: "u-1" } },
      publishedAt: null,
    },
    { id: recorded.id, type: "user.updated", aggregateId: "u-2", envelope: recorded, publishedAt: null },
  ]);
});

test("an event whose source has no rows is not recorded; a plain aggregate id needs no source", async () => {
  const em = db.orm.em.fork();
  await em.nativeDelete(OutboxEvent, {});
  const skipped = eventEnvelope("user.updated", { userId: "u-3", email: "c@example.com", name: "C" });
  const kept = eventEnvelope("user.updated", { userId: "u-4", email: "d@example.com", name: "D" });
  await query(em, insertOutboxEvent(skipped, { aggregateId: sql`x`, from: sql`(select 1 as x where false) none` }));
  await query(em, insertOutboxEvent(kept, { aggregateId: "u-4" }));
  const rows = await db.orm.em.fork().find(OutboxEvent, {});
  expect(rows.map((row) => [row.id, row.aggregateId, row.envelope])).toEqual([[kept.id, "u-4", kept]]);
});
