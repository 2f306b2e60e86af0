import { buildFederatedSchema } from "@shopgraph/subgraph";
import { AccountResolver } from "./graphql/account.resolver.js";
import {
  SavedAddressResolver,
  savedAddressReferenceResolver,
  UserAddressesResolver,
} from "./graphql/address.resolver.js";
import { AuthResolver } from "./graphql/auth.resolver.js";
import { partnerAppReferenceResolvers, PartnerAppResolver } from "./graphql/partner-app.resolver.js";
import { referenceResolvers, UserResolver } from "./graphql/user.resolver.js";

export function buildUsersSchema() {
  return buildFederatedSchema({
    resolvers: [
      AuthResolver,
      AccountResolver,
      UserResolver,
      UserAddressesResolver,
      SavedAddressResolver,
      PartnerAppResolver,
    ],
    referenceResolvers: {
      ...referenceResolvers,
      SavedAddress: savedAddressReferenceResolver,
      ...partnerAppReferenceResolvers,
    },
  });
}
