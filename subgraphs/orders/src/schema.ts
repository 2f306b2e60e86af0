import { buildFederatedSchema, MoneyResolver } from "@shopgraph/subgraph";
import { CartLineResolver, CartResolver } from "./graphql/cart.resolver.js";
import { CheckoutPayloadResolver } from "./graphql/checkout-payload.resolver.js";
import { OrderUpdatesResolver } from "./graphql/order-updates.resolver.js";
import { OrderConnectionResolver, OrderResolver } from "./graphql/order.resolver.js";
import { referenceResolvers } from "./graphql/references.js";
import { ReportResolver } from "./graphql/report.resolver.js";
import { ProductVariantReference } from "./graphql/references.types.js";
import { UserResolver } from "./graphql/user.resolver.js";

export function buildOrdersSchema() {
  return buildFederatedSchema({
    resolvers: [
      CartResolver,
      CartLineResolver,
      CheckoutPayloadResolver,
      OrderResolver,
      OrderConnectionResolver,
      OrderUpdatesResolver,
      UserResolver,
      ReportResolver,
      MoneyResolver,
    ],
    orphanedTypes: [ProductVariantReference],
    referenceResolvers,
  });
}
