import { randomBytes } from "node:crypto";
import { inRelayWork } from "@shopgraph/messaging";
import pg from "pg";
import { rowParams } from "./graphql.js";

export const TEST_POSTGRES_URL = process.env["POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432";

/** A database URL no other test uses; the database itself is created by `openDatabase`. */
export function freshDatabaseUrl(prefix: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/test_${prefix}_${randomBytes(5).toString("hex")}`;
  return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL + "/postgres" });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', "")}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Counts SQL statements, for asserting "one statement per subgraph fetch". */
export class StatementCounter {
  statements: string[] = [];
  readonly onQuery = (sql: string): void => {
    this.statements.push(sql);
  };
  get count(): number {
    return this.statements.length;
  }
  reset(): void {
    this.statements = [];
  }
}

/**
 * Counts the statements requests run, leaving out the outbox relay's own (it polls and publishes
 * on its own schedule, in the same database: its transaction, lock, reads and marking of rows).
 */
export class RequestStatementCounter extends StatementCounter {
  override readonly onQuery = (sql: string): void => {
    if (!inRelayWork()) this.statements.push(sql);
  };
}

/** How many sessions are open on the database of `databaseUrl` (a pool's idle connections too). */
export async function openConnections(databaseUrl: string): Promise<number> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL + "/postgres" });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      "select count(*)::int as count from pg_stat_activity where datname = $1",
      [name],
    );
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}

/** A test's own way into a service's database, beside the service. */
export interface TestDatabase {
  url: string;
  /** The statements the service ran (the counter the service was started with). */
  statements: StatementCounter;
  /** Runs SQL with every global id among `params` as its row's UUID (what the database keeps). */
  sql<T extends pg.QueryResultRow = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

/** A small pool of the test's own on `url`: closed by `end`, before the database is dropped. */
export function testDatabase(url: string, statements: StatementCounter): TestDatabase {
  const pool = quietPool(url, 2);
  return {
    url,
    statements,
    sql: async (text, params) => (await pool.query(text, rowParams(params))).rows,
    end: () => pool.end(),
  };
}

/**
 * A pool whose idle connections may be cut without an uncaught error. pg's `pool.end()` resolves
 * before its connections have closed, so dropping the database right after (WITH (FORCE))
 * terminates a backend still saying goodbye; its FATAL 57P01 reaches the idle client, and the pool
 * emits it as 'error', which with no listener is an uncaught exception that fails the whole run
 * (seen once in a loop of the full suite). A query's own errors still reject that query.
 */
export function quietPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => undefined);
  return pool;
}
