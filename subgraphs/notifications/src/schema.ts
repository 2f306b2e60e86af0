import { buildFederatedSchema } from "@shopgraph/subgraph";
import { NotificationResolver } from "./graphql/notification.resolver.js";
import { referenceResolvers, UserNotificationsResolver } from "./graphql/user.resolver.js";
import { OrderReference, UserReference } from "./graphql/types.js";
import { webhookReferenceResolvers, WebhookResolver } from "./graphql/webhook.resolver.js";

export function buildNotificationsSchema() {
  return buildFederatedSchema({
    resolvers: [NotificationResolver, UserNotificationsResolver, WebhookResolver],
    orphanedTypes: [OrderReference, UserReference],
    referenceResolvers: { ...referenceResolvers, ...webhookReferenceResolvers },
  });
}
