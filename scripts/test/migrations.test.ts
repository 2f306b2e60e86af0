import type { MigrationObject } from "@mikro-orm/core";
import { openDatabase } from "@shopgraph/subgraph";
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
