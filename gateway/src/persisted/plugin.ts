import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../data-source.js";
import type { PersistedDocuments } from "./documents.js";

/**
 * Stores an APQ registration once its operation got through validation and every plugin's checks
 * (the storefront schema, cost, rate limits): a document that cannot run is never kept.
 */
export function apqRegistrationPlugin(documents: PersistedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          const registration = contextValue.persisted?.register;
          if (registration) await documents.register(registration);
          return null;
        },
      };
    },
  };
}
