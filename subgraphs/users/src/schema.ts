import { buildFederatedSchema } from "@shopgraph/subgraph";
import { AuthResolver } from "./graphql/auth.resolver.js";
import { partnerAppReferenceResolvers, PartnerAppResolver } from "./graphql/partner-app.resolver.js";
import { referenceResolvers, UserResolver } from "./graphql/user.resolver.js";

export function buildUsersSchema() {
  return buildFederatedSchema({
    resolvers: [AuthResolver, UserResolver, PartnerAppResolver],
    referenceResolvers: { ...referenceResolvers, ...partnerAppReferenceResolvers },
  });
}
