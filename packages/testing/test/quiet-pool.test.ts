import pg from "pg";
import { expect, test } from "vitest";
import { quietPool, TEST_POSTGRES_URL } from "../src/database.js";
import { eventually } from "../src/amqp.js";

test("a pool connection cut while idle (its database dropped WITH (FORCE)) is no uncaught error, and the pool goes on", async () => {
  const pool = quietPool(`${TEST_POSTGRES_URL}/postgres`, 1);
  try {
    const { rows } = await pool.query<{ pid: number }>("select pg_backend_pid() as pid");
    const admin = new pg.Client({ connectionString: `${TEST_POSTGRES_URL}/postgres` });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend($1)", [rows[0]!.pid]);
    } finally {
      await admin.end();
    }
    // The terminated connection's FATAL reached the idle client, which the pool let go of.
    await eventually(() => pool.totalCount === 0);
    expect((await pool.query<{ one: number }>("select 1 as one")).rows[0]?.one).toBe(1);
  } finally {
    await pool.end();
  }
});
