import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult } from "graphql-ws";
import { signedWebSocket } from "@shopgraph/platform";
import { eventually } from "./amqp.js";
import { queryText } from "./graphql.js";
import { testKeys } from "./keys.js";

/** The websocket URL of a GraphQL HTTP endpoint (same host, port and path). */
export const wsUrl = (httpUrl: string): string => httpUrl.replace(/^http/, "ws");

/**
 * A graphql-ws client that connects at once and never retries, so a test sees every close as the
 * server made it. `closes` lists the close codes seen, in order. Its upgrade requests are signed
 * with the test secret, as the gateway signs its own.
 */
export function wsClient(
  url: string,
  token?: string,
  options: Partial<ClientOptions> = {},
): Client & { closes: number[]; acknowledged: Promise<void> } {
  const closes: number[] = [];
  let acknowledge: () => void = () => undefined;
  const acknowledged = new Promise<void>((resolve) => (acknowledge = resolve));
  const client = createClient({
    url: wsUrl(url),
    webSocketImpl: signedWebSocket(testKeys().requestSigningSecret),
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    ...options,
    on: {
      connected: () => acknowledge(),
      closed: (event) => closes.push((event as { code: number }).code),
      ...options.on,
    },
  });
  return Object.assign(client, { closes, acknowledged });
}

export type SubscriptionEnd = { completed: true } | { error: unknown };

export interface WatchedSubscription<T> {
  /** Every `next` payload so far. */
  results: FormattedExecutionResult<T>[];
  /** Resolves when the server completes the subscription or ends it with an error. */
  ended: Promise<SubscriptionEnd>;
  /** The first `count` payloads, once that many arrived. */
  take(count: number, timeoutMs?: number): Promise<FormattedExecutionResult<T>[]>;
  unsubscribe(): void;
}

/**
 * Subscribes and records what arrives: a typed document from a test's `graphql()` (typed events
 * and variables), or a string as graphqlRequest takes one.
 */
export function watch<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables>,
): WatchedSubscription<TData>;
export function watch<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  ...variables: Record<string, never> extends TVariables
    ? [variables?: NoInfer<TVariables>]
    : [variables: NoInfer<TVariables>]
): WatchedSubscription<TData>;
export function watch<T = Record<string, any>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): WatchedSubscription<T>;
export function watch<T>(
  client: Client,
  operation: string | TypedDocumentNode<T, never>,
  variables: Record<string, unknown> = {},
): WatchedSubscription<T> {
  const query = queryText(operation);
  const results: FormattedExecutionResult<T>[] = [];
  let end: (value: SubscriptionEnd) => void = () => undefined;
  const ended = new Promise<SubscriptionEnd>((resolve) => (end = resolve));
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => results.push(result as FormattedExecutionResult<T>),
      error: (error) => end({ error }),
      complete: () => end({ completed: true }),
    },
  );
  return {
    results,
    ended,
    unsubscribe,
    take: (count, timeoutMs) => eventually(() => results.length >= count && results.slice(0, count), timeoutMs),
  };
}

/** watch() on one client: typed documents or strings, as watch takes them. */
export interface Watcher {
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: NoInfer<TVariables>,
  ): WatchedSubscription<TData>;
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: Record<string, never> extends TVariables
      ? [variables?: NoInfer<TVariables>]
      : [variables: NoInfer<TVariables>]
  ): WatchedSubscription<TData>;
  <T = Record<string, any>>(query: string, variables?: Record<string, unknown>): WatchedSubscription<T>;
}

export function watcher(client: Client): Watcher {
  return ((operation: string, variables?: Record<string, unknown>) => watch(client, operation, variables)) as Watcher;
}

/** The close code a server answers `connection_init` with, for these connection params. */
export async function connectionCloseCode(url: string, connectionParams: Record<string, unknown>): Promise<number> {
  const client = wsClient(url, undefined, { connectionParams });
  try {
    return await eventually(() => client.closes[0]);
  } finally {
    await client.dispose();
  }
}
