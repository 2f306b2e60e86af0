// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "@shopgraph/platform";
import { INHERITED } from "./cache-hints.js";

/**
 * Relay connections: pages of a keyset-ordered list, forward (`first`/`after`) or backward
 * (`last`/`before`), with opaque cursors checked before they reach SQL.
 */

@Directive("@shareable")
@Directive(INHERITED)
@ObjectType({ description: "Where a page of a connection sits in the whole list, and the cursors to page on from it" })
export class PageInfo {
  @Field({
    description: "Whether items follow this page (also when the page was asked for backward, with `last` or `before`)",
  })
  hasNextPage!: boolean;

  @Field({
    description: "Whether items come before this page (also when the page was asked for forward, with `after`)",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's first item, to pass as `before` for the page before; null on an empty page",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last item, to pass as `after` for the next page; null on an empty page",
  })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `The first edges after \`after\`: at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page" })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `The last edges before \`before\`, for paging backward: at most ${MAX_PAGE_SIZE}; not with first`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "The startCursor of the next page, for paging backward" })
  before?: string | null;
}

/**
 * The part of a list a page asks for: the rows strictly between `after` and `before` (either
 * may be absent), and of those the first `size` (`from: "start"`) or the last (`from: "end"`).
 */
export interface PageWindow<P> {
  size: number;
  from: "start" | "end";
  after: P | null;
  before: P | null;
}

/**
 * Checks page arguments and decodes their cursors with `decode` (which throws BAD_USER_INPUT for
 * a cursor its list did not make). first and last together, or either outside 1..MAX_PAGE_SIZE,
 * are BAD_USER_INPUT. With neither, a page is the first DEFAULT_PAGE_SIZE, or the last when only
 * `before` is given.
 */
export function pageWindow<P>(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  decode: (cursor: string, argument: "after" | "before") => P,
): PageWindow<P> {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badUserInput("Give first or last, not both", "first");
  const from = last != null || (first == null && before && !after) ? "end" : "start";
  return {
    size: pageSize(from === "end" ? last : first, from === "end" ? "last" : "first"),
    from,
    after: after ? decode(after, "after") : null,
    before: before ? decode(before, "before") : null,
  };
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
  @Directive(INHERITED)
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its position in the list` })
  class EdgeType {
    @Field({
      description: "Opaque position of this item in the list's order: pass it as `after` or `before` to page from here",
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself` })
    node!: T;
  }

  // Abstract and unnamed: only the concrete subclass appears in the schema.
  @ObjectType()
  abstract class ConnectionClass implements Page<T> {
    @Field(() => [EdgeType], { description: "The page's items with their cursors, in the list's order" })
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors" })
    nodes!: T[];

    @Field(() => PageInfo, {
      description: "Whether there is more before or after this page, and the cursors to get it",
    })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many nodes match, across all pages" })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function pageSize(requested: number | null | undefined, argument: "first" | "last" = "first"): number {
  if (requested === null || requested === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PAGE_SIZE) {
    throw badUserInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}`, argument);
  }
  return requested;
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
  argument: "after" | "before" = "after",
): T {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== shape.length || !shape.every((is, i) => is(values[i]))) {
    throw badUserInput(`${argument} is not a cursor this list produced`, argument);
  }
  return values as T;
}

/**
 * What a store read for a window: up to `size + 1` rows in scan order (from the window's start,
 * or from its end backward: the extra row tells that more lie beyond), and whether rows exist
 * outside the window: `precedes` (at or before `after`) and `follows` (at or after `before`),
 * read only when that cursor was given.
 */
export interface WindowRows<T> {
  rows: T[];
  totalCount: number;
  precedes?: boolean;
  follows?: boolean;
}

/** The page of a window: rows in list order, cursors, and pageInfo that tells the truth both ways. */
export function toPage<T, P>(
  window: PageWindow<P>,
  { rows, totalCount, precedes = false, follows = false }: WindowRows<T>,
  cursorOf: (row: T) => string,
): Page<T> {
  const beyond = rows.length > window.size;
  const scanned = rows.slice(0, window.size);
  const nodes = window.from === "start" ? scanned : scanned.reverse();
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: window.from === "start" ? beyond || follows : follows,
      hasPreviousPage: window.from === "end" ? beyond || precedes : precedes,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export const isString = (value: unknown): value is string => typeof value === "string";
export const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
