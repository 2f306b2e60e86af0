export * from "./amqp.js";
export * from "./catalog.js";
export * from "./consumer.js";
export * from "./outbox.js";
export * from "./publishers.js";
export * from "./relay.js";
export * from "./topology.js";
