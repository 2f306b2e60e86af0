import type { Logger } from "@shopgraph/platform";
import { requestPath, serviceUnavailable, signatureHeaders } from "@shopgraph/platform";
import { GraphQLError } from "graphql";
import type { Fetcher } from "../fetcher.js";

/** 503 SERVICE_UNAVAILABLE naming users: the key may be good, it just cannot be checked now. */
function usersUnavailable(): GraphQLError {
  const error = serviceUnavailable("users");
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 503 } } });
}

/** What users answers for a working key. */
export interface ExchangedToken {
  accessToken: string;
  /** ms since the epoch. */
  expiresAt: number;
  appId: string;
  keyPrefix: string;
}

export type KeyExchange = (key: string) => Promise<ExchangedToken | null>;

const EXCHANGE = `mutation ExchangeApiKey($key: String!) {
  exchangeApiKey(key: $key) { accessToken expiresAt appId keyPrefix }
}`;

/** Options of a signed request to users' `@inaccessible` fields. */
export interface UsersCallOptions {
  usersUrl: string;
  fetcher: Fetcher;
  signingSecret: string;
  log: Logger;
}

/**
 * Runs `query` on users, at its own URL and signed like every gateway request (so it may reach the
 * `@inaccessible` fields clients cannot): the `data`, or SERVICE_UNAVAILABLE naming users when it
 * cannot be asked or answers with errors. `what` names the call in the logs.
 */
export async function callUsers<TData>(
  options: UsersCallOptions,
  what: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<TData> {
  const { usersUrl, fetcher, signingSecret, log } = options;
  const body = JSON.stringify({ query, variables });
  let response: Awaited<ReturnType<Fetcher>>;
  try {
    response = await fetcher(usersUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...signatureHeaders(signingSecret, { method: "POST", path: requestPath(usersUrl), body }),
      },
      body,
    });
  } catch (err) {
    log.error({ err: (err as Error).message }, `cannot reach users to ${what}`);
    throw usersUnavailable();
  }
  const result = (await response.json().catch(() => undefined)) as { data?: TData; errors?: unknown[] } | undefined;
  if (response.status !== 200 || !result?.data || result.errors) {
    log.error({ status: response.status }, `users refused to ${what}`);
    throw usersUnavailable();
  }
  return result.data;
}

/**
 * Asks users for an app access token for `key` (the `@inaccessible` mutation clients cannot
 * reach): null when the key does not work.
 */
export function usersKeyExchange(options: UsersCallOptions): KeyExchange {
  return async (key) => {
    const data = await callUsers<{
      exchangeApiKey?: (Omit<ExchangedToken, "expiresAt"> & { expiresAt: string }) | null;
    }>(options, "exchange an API key", EXCHANGE, { key });
    const token = data.exchangeApiKey;
    return token ? { ...token, expiresAt: Date.parse(token.expiresAt) } : null;
  };
}
