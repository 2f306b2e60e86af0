import { reject } from "@shopgraph/kernel";
import type { EntityManager } from "@shopgraph/subgraph";
import type { WebhookErrorCode } from "../domain/errors.js";
import type { WebhookDelivery } from "../entities/index.js";
import { findWebhookDelivery, listWebhookDeliveries, requeueDelivery } from "../store/webhook-deliveries.js";
import { requireWebhookEndpoint, type WebhookServices } from "./webhook-endpoints.js";

export const MAX_DELIVERIES_PAGE = 100;

/** ADMIN: an endpoint's newest deliveries (NOT_FOUND for an unknown endpoint). */
export async function webhookDeliveries(
  em: EntityManager,
  endpointId: string,
  first: number,
): Promise<WebhookDelivery[]> {
  await requireWebhookEndpoint(em, endpointId);
  return listWebhookDeliveries(em, endpointId, Math.min(Math.max(first, 1), MAX_DELIVERIES_PAGE));
}

/**
 * ADMIN: sends a delivery again (delivered, failed or cancelled), with the same event id and a
 * fresh retry budget, after whatever its endpoint has waiting.
 */
export async function redeliverWebhook(
  em: EntityManager,
  deliveryId: string,
  services: WebhookServices,
): Promise<{ delivery: WebhookDelivery }> {
  const requeued = await requeueDelivery(em, deliveryId, services.retryWindowMs);
  if (!requeued) {
    const existing = await findWebhookDelivery(em, deliveryId);
    if (!existing)
      reject<WebhookErrorCode>("WEBHOOK_DELIVERY_NOT_FOUND", "No webhook delivery has this id", ["deliveryId"]);
    reject<WebhookErrorCode>("DELIVERY_PENDING", "This delivery is still being sent", ["deliveryId"]);
  }
  services.wake();
  return { delivery: requeued };
}

/** ADMIN: one delivery, or null. */
export function webhookDelivery(em: EntityManager, id: string): Promise<WebhookDelivery | null> {
  return findWebhookDelivery(em, id);
}
