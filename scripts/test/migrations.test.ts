import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { MigrationObject } from "@mikro-orm/core";
import { MigrationsPendingError, openDatabase } from "@shopgraph/subgraph";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import { describe, expect, it } from "vitest";
import { readSupergraphConfig } from "../src/supergraph.js";

describe("committed migrations", () => {
  for (const { name } of readSupergraphConfig().subgraphs) {
    it(`${name}: build the schema its entities describe (else: npm run migration -- ${name})`, async () => {
      const module = (await import(`@shopgraph/${name}`)) as { entities: []; migrations: MigrationObject[] };
      const url = freshDatabaseUrl(`migrations_${name}`);
      const orm = await openDatabase({ url, entities: module.entities, migrations: module.migrations });
      try {
        // What `npm run migration` would write: nothing, or a migration is missing (or would undo
        // something a committed one did by hand, such as the outbox trigger).
        const { up } = await orm.schema.getUpdateSchemaMigrationSQL({ wrap: false });
        expect(up.trim()).toBe("");
      } finally {
        await orm.close();
        await dropDatabase(url);
      }
    });
  }
});

describe("the migration entry point (the Kubernetes migration Job)", () => {
  const module = () => import("@shopgraph/users");
  const migrateJs = fileURLToPath(new URL("../../subgraphs/users/dist/migrate.js", import.meta.url));

  it("migrates a database that a replica with MIGRATE_ON_START=false refused to start on", async () => {
    const { entities, migrations } = await module();
    const url = freshDatabaseUrl("migrate_job");
    try {
      const refused = await openDatabase({ url, entities, migrations, migrate: "verify" }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(MigrationsPendingError);
      expect((refused as Error).message).toContain(`${migrations.length} migration(s)`);

      const run = await promisify(execFile)(process.execPath, [migrateJs], {
        env: { PATH: process.env["PATH"], USERS_DATABASE_URL: url, LOG_LEVEL: "info" },
      });
      expect(run.stdout).toContain("users: database migrated");

      const orm = await openDatabase({ url, entities, migrations, migrate: "verify" });
      expect(await orm.migrator.getExecuted()).toHaveLength(migrations.length);
      await orm.close();
    } finally {
      await dropDatabase(url);
    }
  });

  it("exits non-zero with one readable line when the database is unreachable", async () => {
    const failed = await promisify(execFile)(process.execPath, [migrateJs], {
      env: { PATH: process.env["PATH"], USERS_DATABASE_URL: "postgres://app:secret@127.0.0.1:1/users_db" },
    }).catch((e: unknown) => e as { code: number; stdout: string });
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stdout: string }).stdout).toContain("Cannot reach PostgreSQL");
    expect((failed as { stdout: string }).stdout).not.toContain("secret");
  });
});
