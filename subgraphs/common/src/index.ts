import "reflect-metadata";

export * from "./auth.js";
export * from "./bounded-stream.js";
export * from "./config.js";
export * from "./connection.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./events/index.js";
export * from "./http.js";
export * from "./input-hygiene.js";
export * from "./loaders.js";
export * from "./logger.js";
export * from "./main.js";
export * from "./money.js";
export * from "./schema.js";
export * from "./server.js";
export * from "./session-cookie.js";
export * from "./subscriptions.js";
