import { buildFederatedSchema, MoneyResolver } from "@shopgraph/subgraph";
import { CartLineResolver, CartResolver, CartWarningResolver } from "./graphql/cart.resolver.js";
import { CheckoutPayloadResolver } from "./graphql/checkout-payload.resolver.js";
import { GuestOrderResolver } from "./graphql/guest-order.resolver.js";
import { NodeResolver } from "./graphql/node.resolver.js";
import { OrderUpdatesResolver } from "./graphql/order-updates.resolver.js";
import { OrderConnectionResolver, OrderResolver } from "./graphql/order.resolver.js";
import { referenceResolvers } from "./graphql/references.js";
import { PromotionResolver } from "./graphql/promotion.resolver.js";
import { ReportResolver } from "./graphql/report.resolver.js";
import {
  ApiKeyReference,
  CategoryReference,
  NotificationReference,
  SavedAddressReference,
  PartnerAppReference,
  ProductReference,
  ProductVariantReference,
  UserReference,
  WebhookDeliveryReference,
  WebhookEndpointReference,
} from "./graphql/references.types.js";
import { ShippingResolver } from "./graphql/shipping.resolver.js";
import { TaxResolver } from "./graphql/tax.resolver.js";
import { UserResolver } from "./graphql/user.resolver.js";

export function buildOrdersSchema() {
  return buildFederatedSchema({
    resolvers: [
      CartResolver,
      CartLineResolver,
      CartWarningResolver,
      CheckoutPayloadResolver,
      GuestOrderResolver,
      OrderResolver,
      OrderConnectionResolver,
      OrderUpdatesResolver,
      UserResolver,
      ReportResolver,
      ShippingResolver,
      PromotionResolver,
      TaxResolver,
      MoneyResolver,
      NodeResolver,
    ],
    orphanedTypes: [
      ProductVariantReference,
      ProductReference,
      CategoryReference,
      NotificationReference,
      SavedAddressReference,
      UserReference,
      PartnerAppReference,
      ApiKeyReference,
      WebhookEndpointReference,
      WebhookDeliveryReference,
    ],
    referenceResolvers,
    // Orders owns most Node types (orders, carts, their lines) and already holds keys of users'
    // and products' types, so it serves node/nodes with the fewest entity stubs.
    nodeEntityInterface: true,
  });
}
