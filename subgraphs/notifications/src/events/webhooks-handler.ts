import type { AnyEventEnvelope } from "@shopgraph/kernel";
import type { EventBatchHandler, EventHandler } from "@shopgraph/messaging";
import { webhookBody } from "../domain/webhook-body.js";
import { isWebhookEventType } from "../domain/webhooks.js";
import { applyPartnerAppChange } from "../store/partner-apps.js";
import { deleteWebhookEndpoints } from "../store/webhook-endpoints.js";
import { cancelPendingDeliveriesOfApp, recordDeliveries } from "../store/webhook-deliveries.js";
import { InvalidEventError, partnerAppOf } from "./payloads.js";

/** Routing keys the webhooks consumer reads. */
export const WEBHOOK_BINDINGS = [
  "partner_app.changed",
  "order.placed",
  "order.status_changed",
  "order.refunded",
  "product.changed",
  "variant.changed",
  "stock.changed",
] as const;

/**
 * Inside the webhooks consumer's transaction: keeps the projection of partner apps, and records
 * one delivery per subscribed endpoint of each webhook event. Nothing is sent here: the webhook
 * dispatcher sends after the commit, so a redelivered event never sends twice.
 */
export function webhooksHandler(retryWindowMs: number): EventHandler {
  const batch = webhooksBatchHandler(retryWindowMs);
  return (event, em) => batch([event], em);
}

/**
 * Several events in their order: consecutive webhook events are recorded in one statement, an
 * app's change in between is applied in its place (an event after a disable records nothing for it).
 */
export function webhooksBatchHandler(retryWindowMs: number): EventBatchHandler {
  return async (events, em) => {
    let pending: { id: string; type: string; body: string }[] = [];
    const flush = async () => {
      await recordDeliveries(em, pending, retryWindowMs);
      pending = [];
    };
    for (const event of events) {
      if (event.type === "partner_app.changed") {
        await flush();
        const app = partnerAppOf(event);
        const now = await applyPartnerAppChange(em, app, occurredAt(event));
        if (now.deleted) await deleteWebhookEndpoints(em, { appId: app.appId });
        else if (now.disabled) await cancelPendingDeliveriesOfApp(em, app.appId, "the partner app was disabled");
      } else if (isWebhookEventType(event.type)) {
        pending.push({ id: event.id, type: event.type, body: webhookBody(event) });
      }
    }
    await flush();
  };
}

function occurredAt(event: AnyEventEnvelope): Date {
  const at = new Date(event.occurredAt);
  if (Number.isNaN(at.getTime())) throw new InvalidEventError(`${event.type} ${event.id}: occurredAt is not a date`);
  return at;
}
