import { cacheHint, PRIVATE } from "@shopgraph/subgraph";

/**
 * How long a reader (the gateway's response cache, a CDN, a browser) may keep what the catalog
 * answers. The gateway drops its copies as soon as products announces a change (product.changed,
 * variant.changed, stock.changed), so these bound only copies it cannot reach.
 */
export const CATALOG_HINT = cacheHint({ maxAge: 60, scope: "PUBLIC" });
/** Stock moves with every checkout: answers that show it are kept a shorter time. */
export const STOCK_HINT = cacheHint({ maxAge: 10, scope: "PUBLIC" });
/** Exact stock is an admin's: never kept for anyone else. */
export const ADMIN_HINT = PRIVATE;
