import { createHash } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import ApolloServerPluginResponseCache from "@apollo/server-plugin-response-cache";
import { negotiateLocale } from "@shopgraph/kernel";
import type { Counter, Logger, Metrics } from "@shopgraph/platform";
import type { GatewayContext } from "../data-source.js";
import type { StorefrontContext } from "../storefront/plugin.js";
import type { TaggedResponseStore } from "./store.js";
import { answerTags } from "./tags.js";

export type CachingContext = GatewayContext & StorefrontContext;

/** Locales negotiated per Accept-Language header, kept: browsers send a handful of different ones. */
const LOCALES_KEPT = 1_000;

/** A request that carries anything of a caller is answered for that caller alone. */
const anonymous = (context: CachingContext) =>
  !context.authorization && !context.sessionCookie && !context.client.admin;

export interface ResponseCacheMetrics {
  requests: Counter<"outcome">;
}

export function responseCacheMetrics(metrics: Metrics): ResponseCacheMetrics {
  return {
    requests: metrics.counter(
      "gateway_response_cache_requests_total",
      "Queries by how the response cache took them: hit, miss (answered and offered to the cache) or bypass (credentials, mutations, private answers)",
      ["outcome"],
    ),
  };
}

/**
 * The response cache (Apollo's response-cache plugin over a TaggedResponseStore in Redis), for
 * anonymous queries whose answer is PUBLIC as the subgraphs' cache hints make it. Keyed by the
 * operation text, its name and variables, the locale the answer is formatted in (Money.formatted
 * follows Accept-Language) and the schema it was checked against (the storefront: only callers
 * without credentials are served from it). A request with credentials neither reads nor writes.
 *
 * An answer is stored only if it cannot predate a purge of one of its tags: the request takes a
 * snapshot of the purge sequence before any subgraph fetch starts, and every fetch it used,
 * its own or one it joined in flight, must have started after that snapshot.
 */
export function responseCachePlugins(
  store: TaggedResponseStore | undefined,
  log: Logger,
  metrics?: ResponseCacheMetrics,
): ApolloServerPlugin<CachingContext>[] {
  const headers = cacheHeadersPlugin(metrics);
  return store ? [freshnessPlugin(store, log), cachePlugin(store), headers] : [headers];
}

const snapshots = new WeakMap<CachingContext, { sequence: number; at: number }>();

/** Whether every subgraph answer the request used was fetched after its snapshot. */
const fresh = (context: CachingContext) => {
  const snapshot = snapshots.get(context);
  return snapshot !== undefined && (context.earliestFetchStart ?? Infinity) >= snapshot.at;
};

function cachePlugin(store: TaggedResponseStore): ApolloServerPlugin<CachingContext> {
  const locales = new Map<string, string>();
  const localeOf = (acceptLanguage: string | undefined) => {
    const header = acceptLanguage ?? "";
    let locale = locales.get(header);
    if (locale === undefined) {
      locale = negotiateLocale(header);
      if (locales.size >= LOCALES_KEPT) locales.delete(locales.keys().next().value!);
      locales.set(header, locale);
    }
    return locale;
  };
  return ApolloServerPluginResponseCache<CachingContext>({
    cache: store,
    extraCacheKeyData: async ({ contextValue }) => ({
      locale: localeOf(contextValue.acceptLanguage),
      schema: "storefront",
    }),
    shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
    shouldWriteToCache: async (request) =>
      anonymous(request.contextValue) &&
      request.overallCachePolicy.policyIfCacheable()?.scope === "PUBLIC" &&
      fresh(request.contextValue),
    generateCacheKey(request, keyData) {
      const key = createHash("sha256").update(JSON.stringify(keyData)).digest("hex");
      const snapshot = snapshots.get(request.contextValue as CachingContext);
      // Called on a write just before the plugin's `set`: tell the store what it files the entry under.
      if (request.response.body?.kind === "single" && snapshot) {
        const data = request.response.body.singleResult.data;
        store.expectWrite({
          key,
          snapshot: snapshot.sequence,
          tags: () =>
            data && request.document && request.operation
              ? answerTags(request.schema, request.document, request.operation, data)
              : [],
        });
      }
      return key;
    },
  });
}

/** Takes each cacheable query's snapshot of the purge sequence, on a miss, before the first subgraph fetch. */
function freshnessPlugin(store: TaggedResponseStore, log: Logger): ApolloServerPlugin<CachingContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, operation }) {
          if (operation?.operation !== "query" || !anonymous(contextValue)) return;
          try {
            const sequence = await store.snapshot();
            snapshots.set(contextValue, { sequence, at: performance.now() });
          } catch (err) {
            log.warn({ err }, "response cache unreachable: the answer is not stored");
          }
        },
      };
    },
  };
}

/**
 * After Apollo's cache-control plugin wrote `Cache-Control` from the answer's policy: public
 * data asked for with credentials is `private` (no shared cache may keep it for others), and a
 * public answer varies by language and credentials.
 */
function cacheHeadersPlugin(metrics: ResponseCacheMetrics | undefined): ApolloServerPlugin<CachingContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request: GraphQLRequestContext<CachingContext>) {
          const { response, contextValue, operation } = request;
          const cacheControl = response.http.headers.get("cache-control");
          if (!cacheControl?.endsWith(", public")) {
            if (operation?.operation === "query") metrics?.requests.inc({ outcome: "bypass" });
            return;
          }
          if (!anonymous(contextValue)) {
            response.http.headers.set("cache-control", cacheControl.replace(/, public$/, ", private"));
            metrics?.requests.inc({ outcome: "bypass" });
            return;
          }
          // x-api-key: a partner app asking the same query is another caller (its answer is private).
          response.http.headers.set("vary", "accept-language, authorization, x-api-key");
          metrics?.requests.inc({ outcome: request.metrics.responseCacheHit ? "hit" : "miss" });
        },
      };
    },
  };
}
