import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import {
  isSessionCookie,
  REQUEST_ID_HEADER,
  requestPath,
  serviceUnavailable,
  SESSION_COOKIE,
  signatureHeaders,
  type Counter,
  type Histogram,
  type Metrics,
} from "@shopgraph/platform";

import { GraphQLError } from "graphql";
import type { Fetcher } from "./fetcher.js";
import { CallerWrites, InFlight } from "./in-flight.js";
import type { PersistedOutcome } from "./persisted/http.js";

/** What the gateway keeps of the incoming request, for the subgraph requests it makes. */
export interface GatewayContext {
  authorization: string | undefined;
  requestId: string;
  /** The client's `Accept-Language`, forwarded so each subgraph formats for the caller's locale. */
  acceptLanguage?: string | undefined;
  /** The browser's session cookie (its refresh token), for the users subgraph only. */
  sessionCookie?: string | undefined;
  /** The session cookie users set or cleared in this request, for the browser. */
  setSessionCookie?: string;
  /**
   * When the oldest subgraph fetch whose answer this request used started (`performance.now()`),
   * its own or one it joined in flight: the response cache stores only answers fetched after its
   * snapshot of purges.
   */
  earliestFetchStart?: number;
  /** The request named its document by hash: which, where it came from, and an APQ registration to store. */
  persisted?: PersistedOutcome | undefined;
}

/** The gateway's view of each subgraph: how long fetches take, how they end, how many were shared. */
export interface SubgraphFetchMetrics {
  duration: Histogram<"subgraph" | "outcome">;
  deduplicated: Counter<"subgraph">;
}

export function subgraphFetchMetrics(metrics: Metrics): SubgraphFetchMetrics {
  return {
    duration: metrics.histogram(
      "gateway_subgraph_request_duration_seconds",
      "Duration of the gateway's requests to a subgraph; outcome is ok, error (the answer has errors or a status) or unavailable",
      ["subgraph", "outcome"],
    ),
    deduplicated: metrics.counter(
      "gateway_subgraph_requests_deduplicated_total",
      "Requests that shared an identical request in flight instead of sending their own",
      ["subgraph"],
    ),
  };
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]>>;

/** The query planner writes `mutation` first in every fetch of a mutation's root fields. */
const MUTATION = /^\s*mutation\b/;
const isMutation = (query: string | undefined) => query !== undefined && MUTATION.test(query);

/** A caller's own copy of a shared answer: what the gateway may change (data, errors) is cloned. */
function ownCopy(response: SubgraphResponse): SubgraphResponse {
  return {
    ...response,
    ...(response.data === undefined ? {} : { data: structuredClone(response.data) }),
    ...(response.errors === undefined ? {} : { errors: structuredClone(response.errors) }),
    ...(response.extensions === undefined ? {} : { extensions: structuredClone(response.extensions) }),
  };
}

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];

/**
 * A subgraph behind the gateway: requests carry the client's `Authorization` (every subgraph
 * verifies the token itself), the request id (one id across every log line of a request) and the
 * client's `Accept-Language` (each subgraph negotiates the locale it formats money in), and
 * are signed with the request signing secret, without which a subgraph answers 401.
 * The subgraph that owns sessions (`ownsSessions`) also gets the session cookie and may set it;
 * no other subgraph sees it, and no other cookie passes either way.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Identical queries in flight at once, for the same caller, share one subgraph request. */
  private readonly inFlight = new InFlight<SubgraphResponse>(ownCopy, () =>
    this.metrics?.deduplicated.inc({ subgraph: this.name }),
  );

  constructor(
    private readonly name: string,
    url: string,
    fetcher: Fetcher,
    signingSecret: string,
    private readonly ownsSessions = false,
    private readonly deduplicate = true,
    private readonly metrics?: SubgraphFetchMetrics,
    private readonly writes = new CallerWrites(),
  ) {
    // The subgraph's Cache-Control is honored in `process`, for every caller of a shared fetch:
    // Apollo's own handling would restrict only the policy of the request that sent it.
    super({ url, fetcher: signingFetcher(fetcher, signingSecret), honorSubgraphCacheControlHeader: false });
    writes.add(this.inFlight);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const key = this.deduplicate ? this.flightKey(options) : undefined;
    const started = (at: number) => {
      options.context.earliestFetchStart = Math.min(options.context.earliestFetchStart ?? Infinity, at);
    };
    let response: SubgraphResponse;
    const owner = options.context.authorization ?? "";
    if (key === undefined) {
      started(performance.now());
      try {
        response = await this.send(options);
      } finally {
        // Read your own writes: the caller's reads from now on do not join ones begun before.
        // Every signed-out caller is one owner, and may write for free (a guest's cart, login):
        // theirs end the flights of the subgraph written to only, not the catalog's everywhere.
        if (isMutation(options.request.query)) {
          if (owner) this.writes.wrote(owner);
          else this.inFlight.forget(owner);
        }
      }
    } else {
      response = await this.inFlight.run(key, () => this.send(options), started, owner);
    }
    restrictCachePolicy(options, response);
    return response;
  }

  /**
   * What makes two subgraph requests the same: the document, the variables, who asks (the
   * exact Authorization header: never shared across callers) and in which language (the exact
   * Accept-Language: Money.formatted differs by it). Mutations always go alone, and so does a
   * request carrying the session cookie (its answer may set the caller's cookie).
   */
  private flightKey({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
    const query = request.query;
    if (query === undefined || isMutation(query)) return undefined;
    if (this.ownsSessions && context.sessionCookie) return undefined;
    // JSON keeps the parts apart whatever characters they hold.
    return JSON.stringify([context.authorization ?? "", context.acceptLanguage ?? "", query, request.variables ?? {}]);
  }

  /**
   * A subgraph that cannot be reached (refused, reset, timed out) is named in a
   * SERVICE_UNAVAILABLE error rather than surfacing the driver's message and the subgraph's URL.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const end = this.metrics?.duration.startTimer({ subgraph: this.name });
    try {
      const response = await super.process(options);
      end?.({ outcome: response.errors?.length ? "error" : "ok" });
      return response;
    } catch (error) {
      if (isUnreachable(error)) {
        end?.({ outcome: "unavailable" });
        throw serviceUnavailable(this.name);
      }
      end?.({ outcome: "error" });
      throw error;
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.authorization) headers.set("authorization", context.authorization);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.acceptLanguage) headers.set("accept-language", context.acceptLanguage);
    if (this.ownsSessions && context.sessionCookie) headers.set("cookie", `${SESSION_COOKIE}=${context.sessionCookie}`);
  }

  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse["response"] {
    const setCookie = response.http?.headers.get("set-cookie");
    if (this.ownsSessions && setCookie && isSessionCookie(setCookie)) context.setSessionCookie = setCookie;
    return response;
  }

  /**
   * A subgraph that refuses a request (401 for a bad token, 400 for a bad request) explains why in
   * GraphQL errors; pass its first error's message, code and status on instead of the default
   * "401: Unauthorized", which would also carry the subgraph's URL and raw body to the client.
   */
  override async errorFromResponse(response: Awaited<ReturnType<Fetcher>>): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined;
    const first = typeof body === "object" ? body.errors?.[0] : undefined;
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : defaultCode(response.status);
    const message = typeof first?.message === "string" ? first.message : `Subgraph answered ${response.status}`;
    const status = response.status >= 500 ? 502 : response.status;
    return new GraphQLError(message, { extensions: { code, http: { status } } });
  }
}

/**
 * The request's cache policy can be no longer-lived or more shared than each subgraph answer it
 * used: its `Cache-Control` (`max-age=60, public`; `no-store` or none is not cacheable).
 */
function restrictCachePolicy(options: GraphQLDataSourceProcessOptions<GatewayContext>, response: SubgraphResponse) {
  if (!("incomingRequestContext" in options)) return;
  // The subscription relay's requests have no policy: a subscription's events are never cached.
  const policy = options.incomingRequestContext.overallCachePolicy as
    typeof options.incomingRequestContext.overallCachePolicy | undefined;
  if (!policy || !("restrict" in policy)) return;
  const header = response.http?.headers.get("cache-control") ?? "";
  const maxAge = /(?:^|,)\s*max-age=(\d+)\s*(?:,|$)/.exec(header)?.[1];
  const scope = /(?:^|,)\s*private\s*(?:,|$)/.test(header) ? "PRIVATE" : undefined;
  policy.restrict({ maxAge: maxAge === undefined ? 0 : Number(maxAge), ...(scope ? { scope } : {}) });
}

/** Signs each request as it leaves: the body is only serialized after `willSendRequest`. */
function signingFetcher(fetcher: Fetcher, secret: string): Fetcher {
  const paths = new Map<string, string>();
  return (url, init = {}) => {
    let path = paths.get(url);
    if (path === undefined) {
      path = requestPath(url);
      paths.set(url, path);
    }
    const method = init.method ?? "GET";
    const body = typeof init.body === "string" ? init.body : "";
    const headers = { ...init.headers, ...signatureHeaders(secret, { method, path, body }) };
    return fetcher(url, { ...init, headers });
  };
}

const UNREACHABLE =
  /^(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR_(CONNECT_TIMEOUT|SOCKET|CLOSED|HEADERS_TIMEOUT|BODY_TIMEOUT))$/;

/** A network failure before or while the subgraph answered (not an answer it gave). */
function isUnreachable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && UNREACHABLE.test(code)) return true;
  }
  return false;
}

function defaultCode(status: number): string {
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status >= 400 && status < 500) return "BAD_REQUEST";
  return "INTERNAL_SERVER_ERROR";
}
