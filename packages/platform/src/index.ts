// What the gateway and the subgraphs both run on: configuration, logging, the HTTP server, request
// signing, access tokens, the event broker's client and the process's lifecycle.
export * from "./access-tokens.js";
export * from "./bounded-stream.js";
export * from "./broker/index.js";
export * from "./config.js";
export * from "./graphql-errors.js";
export * from "./http.js";
export * from "./image-origins.js";
export * from "./logger.js";
export * from "./main.js";
export * from "./metrics.js";
export * from "./resume-from.js";
export * from "./order-link.js";
export * from "./sealed-token.js";
export * from "./session-cookie.js";
export * from "./signing.js";
export * from "./tracing/graphql.js";
export * from "./tracing/spans.js";
export * from "./periodic.js";
export * from "./worker.js";
