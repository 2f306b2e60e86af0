export { readOrdersConfig, type OrdersConfig } from "./config.js";
export { buildOrdersSchema as buildSchema } from "./schema.js";
export { startOrdersSubgraph, type OrdersOptions, type RunningOrders } from "./server.js";
export { entities } from "./entities/index.js";
export { migrations } from "./migrations/index.js";
