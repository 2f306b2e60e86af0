import type { AnyEventEnvelope } from "@shopgraph/kernel";

/**
 * What a webhook's body is: the catalogue's envelope as JSON, `{ id, type, occurredAt,
 * correlationId, data }` (the trace context stays inside). Written once, when the delivery is
 * recorded, and sent byte for byte, so every attempt signs and sends the same bytes.
 */
export function webhookBody(event: AnyEventEnvelope): string {
  const { id, type, occurredAt, correlationId, data } = event;
  return JSON.stringify({ id, type, occurredAt, correlationId, data });
}
