import { ApolloClient, ApolloLink } from "@apollo/client";
import type { Session } from "../auth/session";
import { createCache } from "./cache";
import { authLink, reauthenticateLink, transportLink } from "./links";

export function createApolloClient(session: Session): ApolloClient {
  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([reauthenticateLink(session), authLink(session), transportLink(session)]),
  });
}
