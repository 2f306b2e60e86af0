export * from "./database.js";
export * from "./graphql.js";
export * from "./keys.js";
export * from "./config.js";
export * from "./tokens.js";
export * from "./amqp.js";
export * from "./subscriptions.js";
export * from "./orders.js";
