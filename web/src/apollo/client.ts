import { ApolloClient, ApolloLink } from "@apollo/client";
import type { Session } from "../auth/session";
import { createCache } from "./cache";
import { authLink, reauthenticateLink, transportLink } from "./links";
import { orderStatusLink } from "./order-status-link";
import { persistedDocumentsLink } from "./persisted-link";

export function createApolloClient(session: Session): ApolloClient {
  const cache = createCache();
  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      orderStatusLink(cache),
      reauthenticateLink(session),
      authLink(session),
      persistedDocumentsLink(),
      transportLink(session),
    ]),
  });
}
