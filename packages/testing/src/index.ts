// Test helpers only: tests, benchmarks and scripts/ import this package, never a service's src.
export * from "./database.js";
export * from "./graphql.js";
export * from "./keys.js";
export * from "./config.js";
export * from "./tokens.js";
export * from "./amqp.js";
export * from "./subscriptions.js";
export * from "./orders.js";
export * from "./ports.js";
export * from "./settled.js";
export * from "./failed-start.js";
export * from "./logs.js";
export * from "./service-proxy.js";
