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

/**
 * Asks users, at its own URL and signed like every gateway request, for an app access token for
 * `key` (the `@inaccessible` mutation clients cannot reach): null when the key does not work.
 */
export function usersKeyExchange(options: {
  usersUrl: string;
  fetcher: Fetcher;
  signingSecret: string;
  log: Logger;
}): KeyExchange {
  const { usersUrl, fetcher, signingSecret, log } = options;
  const path = requestPath(usersUrl);
  return async (key) => {
    const body = JSON.stringify({ query: EXCHANGE, variables: { key } });
    let response: Awaited<ReturnType<Fetcher>>;
    try {
      response = await fetcher(usersUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...signatureHeaders(signingSecret, { method: "POST", path, body }),
        },
        body,
      });
    } catch (err) {
      log.error({ err: (err as Error).message }, "cannot reach users to exchange an API key");
      throw usersUnavailable();
    }
    const result = (await response.json().catch(() => undefined)) as
      | {
          data?: { exchangeApiKey?: (Omit<ExchangedToken, "expiresAt"> & { expiresAt: string }) | null };
          errors?: unknown[];
        }
      | undefined;
    if (response.status !== 200 || !result?.data || result.errors) {
      log.error({ status: response.status }, "users refused to exchange an API key");
      throw usersUnavailable();
    }
    const token = result.data.exchangeApiKey;
    return token ? { ...token, expiresAt: Date.parse(token.expiresAt) } : null;
  };
}
