import { ApolloLink, CombinedGraphQLErrors, HttpLink } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { OperationTypeNode } from "graphql";
import { from, mergeMap, Observable } from "rxjs";
import type { Session } from "../auth/session";

/** Sets the bearer token; without one, an `authorization` the operation brought itself stays. */
function withToken(operation: ApolloLink.Operation, token: string | null): void {
  if (!token) return;
  operation.setContext(({ headers }) => ({
    headers: { ...(headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
  }));
}

/** Adds `Authorization` with a fresh access token (refreshing first when it is about to expire). */
export function authLink(session: Session): ApolloLink {
  return new ApolloLink((operation, forward) =>
    from(session.accessToken().catch(() => null)).pipe(
      mergeMap((token) => {
        withToken(operation, token);
        return forward(operation);
      }),
    ),
  );
}

/**
 * An access token can still be refused (revoked session, clock skew): refresh once and repeat
 * the operation, so the person never sees it. When the refresh fails too, the error stands.
 */
export function reauthenticateLink(session: Session): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED");
    if (!unauthenticated || operation.getContext()["reauthenticated"] || !session.hasSession) return;
    operation.setContext({ reauthenticated: true });
    return from(session.refresh().catch(() => null)).pipe(
      mergeMap((token) => {
        if (!token) throw error;
        withToken(operation, token);
        return forward(operation);
      }),
    );
  });
}

/** graphql-ws and its link load with the first subscription, keeping them out of the initial bundle. */
export function lazyWebSocketLink(url: () => string, session: Session): ApolloLink {
  let link: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        link ??= import("./ws-link").then(({ createWsLink }) => createWsLink(url(), session));
        let inner: { unsubscribe(): void } | undefined;
        let closed = false;
        link.then(
          (ws) => {
            if (!closed) inner = ws.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

export function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/graphql`;
}

export function transportLink(session: Session, uri = "/graphql"): ApolloLink {
  return ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    lazyWebSocketLink(websocketUrl, session),
    new HttpLink({ uri }),
  );
}
