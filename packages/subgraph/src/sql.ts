import { createHash } from "node:crypto";
import type { EntityManager } from "./database.js";

/**
 * The one way subgraphs write raw SQL: a tagged template that keeps text and values apart.
 * `${value}` becomes a placeholder and its value a parameter, where it is used (no positional
 * `?` lists to keep in step with the text); `${fragment}` (another `sql` result) is spliced in
 * with its own parameters, so statements compose from pieces without ever concatenating input
 * into SQL text; names come in through `identifier`, quoted.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

export type SqlValue = string | number | boolean | null | Date;

const isSql = (value: unknown): value is Sql =>
  typeof value === "object" && value !== null && "text" in value && "params" in value;

export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | Sql)[]): Sql {
  let text = literalText(strings[0] ?? "");
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("SQL parameter is not finite");
      if (value instanceof Date && Number.isNaN(value.getTime())) throw new TypeError("SQL parameter is not a date");
      text += "?";
      params.push(value);
    }
    text += literalText(strings[i + 1] ?? "");
  });
  return { text, params };
}

/**
 * MikroORM fills `?` placeholders in order (and reads `??` as an identifier), so the query text
 * itself must not contain any: Postgres's jsonb `?` operators are spelled `jsonb_exists` & co.
 */
function literalText(text: string): string {
  if (text.includes("?")) throw new TypeError("SQL text must not contain '?'");
  return text;
}

export const emptySql: Sql = { text: "", params: [] };

export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  return {
    text: fragments.map((fragment) => fragment.text).join(literalText(separator)),
    params: fragments.flatMap((fragment) => fragment.params),
  };
}

/** A table or column name, double-quoted; only plain names are taken, so none can carry SQL. */
export function identifier(name: string): Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new TypeError(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return { text: `"${name}"`, params: [] };
}

/** A value stored as jsonb. */
export function jsonb(value: unknown): Sql {
  return sql`${JSON.stringify(value)}::jsonb`;
}

/**
 * A Postgres array as one parameter (the driver would expand a JS array into a list). Elements
 * are quoted, so any text is safe; a malformed uuid is still refused by Postgres, so callers
 * check ids with `isUuid` first.
 */
export function uuidArray(ids: readonly (string | null)[]): Sql {
  return sql`${arrayLiteral(ids)}::uuid[]`;
}

export function intArray(values: readonly (number | null)[]): Sql {
  if (!values.every((value) => value === null || Number.isSafeInteger(value))) {
    throw new TypeError("intArray takes integers only");
  }
  return sql`${arrayLiteral(values)}::int[]`;
}

export function textArray(values: readonly (string | null)[]): Sql {
  return sql`${arrayLiteral(values)}::text[]`;
}

function arrayLiteral(values: readonly (string | number | null)[]): string {
  const element = (value: string | number | null) =>
    value === null ? "NULL" : typeof value === "number" ? String(value) : `"${value.replace(/["\\]/g, "\\$&")}"`;
  return `{${values.map(element).join(",")}}`;
}

/** Runs one statement; its rows come back as the driver parsed them (json columns as objects). */
export async function query<T>(em: EntityManager, statement: Sql): Promise<T[]> {
  return (await em.execute(statement.text, [...statement.params])) as unknown as T[];
}

/**
 * The name each prepared statement text gets, and its text as sent (`$n` placeholders): worked
 * out once per text, which the hot paths send over and over. Bounded by their distinct texts.
 */
const preparedTexts = new Map<string, { name: string; text: string }>();

/** `?` placeholders (the only `?` in a statement's text, see literalText) as Postgres's `$1`, `$2`... */
function numberedText(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** A value as the driver sends a parameter; dates as ISO instants (as the ORM writes them, in UTC). */
const parameter = (value: SqlValue): string | number | boolean | null =>
  value instanceof Date ? value.toISOString() : value;

/**
 * Runs one statement as a named prepared statement on the connection `em` uses (its transaction's,
 * when it has one): Postgres parses and plans its text once per connection instead of once per call
 * (query() sends the values inlined, so every call is new SQL to parse and plan). For the hot paths,
 * whose few texts never vary with input (values only ever come in as parameters), and whose values
 * Postgres can type from where they are used (or from a cast: `${value}::uuid`). Counted and
 * reported like any statement (the ORM's onQuery), failures converted like the ORM's.
 */
export async function queryPrepared<T>(em: EntityManager, statement: Sql): Promise<T[]> {
  let prepared = preparedTexts.get(statement.text);
  if (!prepared) {
    const name = `sg_${createHash("sha1").update(statement.text).digest("hex").slice(0, 20)}`;
    prepared = { name, text: numberedText(statement.text) };
    preparedTexts.set(statement.text, prepared);
  }
  const { name, text } = prepared;
  const parameters = statement.params.map(parameter);
  em.config.get("onQuery")(statement.text, parameters);
  const connection = em.getConnection();
  await connection.ensureConnection();
  const executor = em.getTransactionContext<ReturnType<typeof connection.getClient>>() ?? connection.getClient();
  // The query goes through the ORM's Kysely executor (so it runs in the transaction) to node-postgres,
  // which takes a query config in place of text: with a name, it prepares the text once per connection.
  const compiled = {
    sql: { name, text } as unknown as string,
    parameters,
    query: { kind: "RawNode", sqlFragments: [text], parameters: [] },
    queryId: { queryId: name },
  } as unknown as Parameters<typeof executor.executeQuery>[0];
  try {
    const result = await executor.executeQuery(compiled);
    return result.rows as T[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}
