import type { EntityManager } from "@shopgraph/common";

/**
 * A tagged template for SQL that keeps text and values apart: `${value}` becomes a placeholder
 * and its value a parameter; `${fragment}` (another `sql` result) is spliced in with its own
 * parameters, so queries compose from pieces without ever concatenating input into SQL text.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly Param[];
}

export type Param = string | number | boolean | null;

const isSql = (value: unknown): value is Sql =>
  typeof value === "object" && value !== null && "text" in value && "params" in value;

export function sql(strings: TemplateStringsArray, ...values: readonly (Param | Sql)[]): Sql {
  let text = literalText(strings[0] ?? "");
  const params: Param[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("SQL parameter is not finite");
      text += "?";
      params.push(value);
    }
    text += literalText(strings[i + 1] ?? "");
  });
  return { text, params };
}

/** MikroORM fills `?` placeholders in order, so the query text itself must not contain any. */
function literalText(text: string): string {
  if (text.includes("?")) throw new TypeError("SQL text must not contain '?'");
  return text;
}

export const empty: Sql = { text: "", params: [] };

export function join(fragments: readonly Sql[], separator: string): Sql {
  return {
    text: fragments.map((fragment) => fragment.text).join(literalText(separator)),
    params: fragments.flatMap((fragment) => fragment.params),
  };
}

/** A Postgres array literal of ids the caller has already checked with `isUuid`. */
export function uuidArray(ids: readonly string[]): Sql {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** Runs one statement; its rows come back as the driver parsed them (json columns as objects). */
/** A Postgres array literal of integers the caller has already checked. */
export function intArray(values: readonly number[]): Sql {
  if (!values.every(Number.isSafeInteger)) throw new TypeError("intArray takes integers only");
  return sql`${`{${values.join(",")}}`}::int[]`;
}

export async function query<T>(em: EntityManager, statement: Sql): Promise<T[]> {
  return (await em.execute(statement.text, [...statement.params])) as unknown as T[];
}
