// What serving a subgraph takes: its schema, auth, DataLoaders, pagination, user errors, database
// and raw SQL, websockets for subscriptions, and `startSubgraph`, the one lifecycle.
import "reflect-metadata";

export * from "./admin-tags.js";
export * from "./cache-hints.js";
export * from "./auth.js";
export * from "./config.js";
export * from "./connection.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./input-hygiene.js";
export * from "./keyset.js";
export * from "./lifecycle.js";
export * from "./migrate.js";
export * from "./loaders.js";
export * from "./money.js";
export * from "./node.js";
export * from "./schema.js";
export * from "./server.js";
export * from "./sql.js";
export * from "./subscriptions.js";
