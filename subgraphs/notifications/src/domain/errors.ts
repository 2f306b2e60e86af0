import { errorCodes, type CodesOf } from "@shopgraph/kernel";

/**
 * Why a notifications mutation failed (notificationsMarkRead). One spelling per meaning across
 * the API: a referenced thing that does not exist is `<THING>_NOT_FOUND`. README.md documents
 * every code.
 */
export const NotificationErrorCode = errorCodes("NOTIFICATION_NOT_FOUND", "TOO_MANY_IDS");
export type NotificationErrorCode = CodesOf<typeof NotificationErrorCode>;

/** How many notifications one call may mark read. */
export const MAX_MARK_READ_IDS = 500;

/** Why a webhook mutation failed. README.md and docs/partners.md document every code. */
export const WebhookErrorCode = errorCodes(
  "INVALID_URL",
  "URL_NOT_ALLOWED",
  "UNKNOWN_EVENT",
  "INVALID_EVENTS",
  "APP_NOT_FOUND",
  "APP_DISABLED",
  "WEBHOOK_ENDPOINT_NOT_FOUND",
  "WEBHOOK_DELIVERY_NOT_FOUND",
  "DELIVERY_PENDING",
);
export type WebhookErrorCode = CodesOf<typeof WebhookErrorCode>;
