/**
 * Cache hints: Apollo's `@cacheControl` on types and fields, for `@Directive(cacheHint(...))`.
 * Apollo Server's cache-control plugin (on by default in every subgraph) folds the hints of
 * what an operation selected into its response's `Cache-Control` header; the gateway combines
 * every subgraph's header into the answer's policy, and caches only PUBLIC answers
 * (gateway/src/response-cache). What has no hint is not cacheable: a root field or an object
 * field without one counts as `maxAge: 0`.
 */
export type CacheScope = "PUBLIC" | "PRIVATE";

export type CacheHint = { maxAge?: number; scope?: CacheScope } | { inheritMaxAge: true; scope?: CacheScope };

/** The `@cacheControl` directive of one hint, for type-graphql's `@Directive`. */
export function cacheHint(hint: CacheHint): string {
  const args = Object.entries(hint).map(([name, value]) => `${name}: ${String(value)}`);
  return `@cacheControl(${args.join(", ")})`;
}

/**
 * Value types (money, page info, edges) take the hint of the field that holds them: a price is as
 * cacheable as the product it belongs to, an order total as private as the order.
 */
export const INHERITED = cacheHint({ inheritMaxAge: true });

/**
 * What Apollo Server reads `@cacheControl` from, printed into every subgraph's SDL. The scope
 * enum is `@inaccessible`, so it stays out of the public API (composition drops the directive).
 */
export const CACHE_CONTROL_SDL = `
"""Who may share a cached answer (the gateway's response cache keeps PUBLIC ones only)"""
enum CacheControlScope @inaccessible {
  """The same for every caller: cacheable when anonymous"""
  PUBLIC
  """One caller's own: never shared"""
  PRIVATE
}

directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/** What belongs to one user (accounts, carts, orders, notifications): never shared between callers. */
export const PRIVATE = cacheHint({ scope: "PRIVATE" });
