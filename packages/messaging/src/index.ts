// Events over a service's database: the transactional outbox and its relay to the broker, and
// the consumer that handles each event exactly once (the broker's own client is platform's).
export * from "./consumer.js";
export * from "./outbox.js";
export * from "./relay.js";
