import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";
import type { Session } from "../auth/session";

/** Subscriptions over graphql-ws; the access token goes in connectionParams, as the gateway expects. */
export function createWsLink(url: string, session: Session): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      connectionParams: async () => {
        const token = await session.accessToken().catch(() => null);
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
}
