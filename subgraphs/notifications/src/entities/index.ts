import { ProcessedEvent } from "@shopgraph/messaging";
import { Notification } from "./notification.js";
import { PartnerAppProjection } from "./partner-app-projection.js";
import { UserProjection } from "./user-projection.js";
import { WebhookDelivery } from "./webhook-delivery.js";
import { WebhookEndpoint } from "./webhook-endpoint.js";

export { Notification, PartnerAppProjection, UserProjection, WebhookDelivery, WebhookEndpoint };
export { NotificationChannel, NotificationKind, NotificationStatus } from "./notification.js";
export { WebhookDeliveryStatus } from "./webhook-delivery.js";
export const entities = [
  Notification,
  UserProjection,
  ProcessedEvent,
  PartnerAppProjection,
  WebhookEndpoint,
  WebhookDelivery,
];
