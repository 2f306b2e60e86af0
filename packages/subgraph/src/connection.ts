// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { isUuid } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";

/** Relay connections: forward pagination with opaque keyset cursors. */

@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page" })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `{Name}Connection` with `{Name}Edge`; extend it to add fields such as facets. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  // Abstract and unnamed: only the concrete subclass appears in the schema.
  @ObjectType()
  abstract class ConnectionClass implements Page<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors" })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many nodes match, across all pages" })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  return first;
}

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * Decodes a cursor made by `encodeCursor`; `shape` checks each position so a tampered cursor is
 * a BAD_USER_INPUT rather than an SQL error.
 */
export function decodeCursor<T extends unknown[]>(
  cursor: string,
  shape: { [K in keyof T]: (value: unknown) => value is T[K] },
): T {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== shape.length || !shape.every((is, i) => is(values[i]))) {
    throw badUserInput("after is not a cursor this list produced", "after");
  }
  return values as T;
}

/** The cursor of a newest-first list: its last row's creation time and id. */
export function newestFirstCursor(row: { createdAt: Date; id: string }): string {
  return encodeCursor([row.createdAt.toISOString(), row.id]);
}

/** Reads a `newestFirstCursor`; anything else is BAD_USER_INPUT before it reaches SQL. */
export function decodeNewestFirstCursor(after: string): { createdAt: Date; id: string } {
  const [createdAt, id] = decodeCursor<[string, string]>(after, [isTimestamp, isUuid]);
  return { createdAt: new Date(createdAt), id };
}

/**
 * As `toISOString` writes a time of our rows: JavaScript reads times far outside what Postgres
 * holds (year -271821), which would reach SQL as a database error instead of BAD_USER_INPUT.
 */
const isTimestamp = (value: unknown): value is string =>
  typeof value === "string" &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
  !Number.isNaN(new Date(value).getTime());

/**
 * Builds a page from rows fetched with `LIMIT size + 1`: the extra row only tells that a next
 * page exists.
 */
export function toPage<T>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorOf: (row: T) => string,
  after: string | null | undefined,
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export const isString = (value: unknown): value is string => typeof value === "string";
export const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
