import { buildFederatedSchema } from "@shopgraph/subgraph";
import { NotificationResolver } from "./graphql/notification.resolver.js";
import { referenceResolvers, UserNotificationsResolver } from "./graphql/user.resolver.js";
import { OrderReference, UserReference } from "./graphql/types.js";

export function buildNotificationsSchema() {
  return buildFederatedSchema({
    resolvers: [NotificationResolver, UserNotificationsResolver],
    orphanedTypes: [OrderReference, UserReference],
    referenceResolvers,
  });
}
