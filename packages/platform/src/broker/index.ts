export * from "./amqp.js";
export * from "./consumer.js";
export * from "./publishers.js";
export * from "./topology.js";
