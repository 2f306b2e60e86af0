export { readNotificationsConfig, readWebhooksConfig, type NotificationsConfig } from "./config.js";
export { buildNotificationsSchema as buildSchema } from "./schema.js";
export { startNotificationsSubgraph, type RunningNotifications } from "./server.js";
export { entities } from "./entities/index.js";
export { migrations } from "./migrations/index.js";
