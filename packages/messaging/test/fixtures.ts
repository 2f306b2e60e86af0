import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { MikroORM } from "@mikro-orm/postgresql";
import { createLogger } from "@shopgraph/platform";
import { ormOptions } from "@shopgraph/subgraph";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import { ProcessedEvent } from "../src/consumer.js";
import { OutboxEvent } from "../src/outbox.js";

/** A row a handler writes, so tests can see what handlers did. */
@Entity({ tableName: "handled" })
export class Handled {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "uuid" })
  eventId!: string;
}

export const log = createLogger("events-test", process.env["TEST_LOG_LEVEL"] ?? "silent");

/** A fresh database with the outbox (its entity brings the NOTIFY trigger), processed_events and `handled`. */
export async function eventsDatabase(onQuery?: (sql: string) => void) {
  const url = freshDatabaseUrl("events");
  const orm = await MikroORM.init(
    ormOptions({
      url,
      entities: [OutboxEvent, ProcessedEvent, Handled],
      migrations: [],
      ...(onQuery ? { onQuery } : {}),
    }),
  );
  await orm.schema.ensureDatabase();
  await orm.schema.create();
  return {
    url,
    orm,
    async close() {
      await orm.close();
      await dropDatabase(url);
    },
  };
}
