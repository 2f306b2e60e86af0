import { Entity, PrimaryKey } from "@mikro-orm/decorators/legacy";
import { expect, test } from "vitest";
import { DatabaseUnreachableError, openDatabase } from "../src/database.js";

@Entity({ tableName: "probes" })
class Probe {
  @PrimaryKey({ type: "int" })
  id!: number;
}

test("an unreachable Postgres is reported with the URL tried (password hidden) and how to fix it", async () => {
  const url = "postgres://app:secret@127.0.0.1:1/users_db";
  const error = await openDatabase({ url, entities: [Probe], migrations: [] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseUnreachableError);
  expect((error as Error).message).toContain("Cannot reach PostgreSQL at postgres://app:***@127.0.0.1:1/users_db");
  expect((error as Error).message).toContain("POSTGRES_URL");
  expect((error as Error).message).not.toContain("secret");
});
