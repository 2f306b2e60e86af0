import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from "@apollo/gateway";
import type { FetchNode, QueryPlan } from "@apollo/query-planner";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { BoundedStream, subscriberTooSlow, type Logger } from "@shopgraph/platform";
import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import type { SubscriberContext } from "./entity-batcher.js";
import type { PlannedSubscription, SubscriptionPlanner } from "./planner.js";
import { isCloseEvent, type Identity, type UpstreamClients } from "./upstream.js";

/** Stands in for the owning subgraph in each event's plan (a name no subgraph can have). */
const EVENT_SOURCE = "__subscription_event__";

export interface RelayOptions {
  planner: SubscriptionPlanner;
  upstream: UpstreamClients;
  /**
   * The gateway's own data sources, through the entity fetch batcher (entity-batcher.ts): `rest`
   * fetches go exactly where queries' fetches go.
   */
  dataSources: ServiceMap;
  /** The gateway's error formatter (codes kept, internals masked). */
  formatError: (error: GraphQLFormattedError, original: unknown) => GraphQLFormattedError;
  log: Logger;
  /** Events held per subscription for a client that reads slowly, before it is cut off. */
  bufferedEvents: number;
}

export interface RelayRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

type Result = FormattedExecutionResult;

/**
 * One client subscription: the plan's primary fetch runs upstream as a graphql-ws subscription,
 * and each event it yields runs through the gateway's query plan execution in its place, so the
 * fields other subgraphs own are fetched as they would be for a query. Each event starts
 * resolving as it arrives (events that arrive together share their entity fetches), up to
 * `bufferedEvents` at once, and results reach the client in the order the owner sent them.
 */
export function relaySubscription(
  options: RelayOptions,
  planned: PlannedSubscription,
  request: RelayRequest,
  identity: Identity,
): BoundedStream<Result> {
  const { primary } = planned;
  const output = new BoundedStream<Result>(options.bufferedEvents, tooSlow, () => unsubscribe());
  let queue = Promise.resolve();
  let resolving = 0;
  const resolve = async (event: ExecutionResult<Record<string, unknown>>) => {
    resolving++;
    try {
      return await resolveEvent(options, planned, request, identity, event);
    } finally {
      resolving--;
    }
  };
  const inOrder = (step: () => Promise<void> | void) => {
    queue = queue.then(step).catch((error: unknown) => {
      options.log.error({ err: error }, "subscription event failed");
      output.push(failure("INTERNAL_SERVER_ERROR", "This event could not be resolved"));
    });
  };

  const unsubscribe = options.upstream.subscribe(
    primary.serviceName,
    identity,
    {
      query: primary.operation,
      variables: usedVariables(primary, request.variables),
      operationName: primary.operationName,
    },
    {
      next: (event) => {
        // A client that unsubscribed or fell behind needs no more work done for it.
        if (!output.open) return;
        // Started now, so that it joins the entity fetches of the events arriving with it; past
        // the cap, started when its turn comes.
        const started = resolving < options.bufferedEvents ? resolve(event) : undefined;
        started?.catch(() => undefined); // rejections are handled in turn, below
        inOrder(async () => {
          const result = await (started ?? resolve(event));
          if (output.open) output.push(result);
        });
      },
      error: (error) =>
        inOrder(() => {
          output.push(upstreamFailure(error, primary.serviceName, options));
          output.end();
        }),
      complete: () => inOrder(() => output.end()),
    },
  );
  return output;
}

async function resolveEvent(
  options: RelayOptions,
  planned: PlannedSubscription,
  request: RelayRequest,
  identity: Identity,
  event: ExecutionResult<Record<string, unknown>>,
): Promise<Result> {
  const eventSource: Pick<GraphQLDataSource, "process"> = {
    process: async () => ({ data: event.data ?? null, ...(event.errors ? { errors: event.errors } : {}) }),
  };
  const primary: FetchNode = { ...planned.primary, serviceName: EVENT_SOURCE };
  const plan: QueryPlan = {
    kind: "QueryPlan",
    node: planned.rest ? { kind: "Sequence", nodes: [primary, planned.rest] } : primary,
  };
  const context: SubscriberContext = {
    authorization: identity.authorization,
    requestId: identity.requestId,
    acceptLanguage: identity.acceptLanguage,
    shareableFetches: !identity.admin,
  };
  const requestContext = {
    request: { query: request.query, variables: request.variables, operationName: request.operationName },
    context,
    logger: options.log,
    metrics: {},
    cache: undefined,
  } as unknown as GatewayGraphQLRequestContext;
  const response = await executeQueryPlan(
    plan,
    { ...options.dataSources, [EVENT_SOURCE]: eventSource as GraphQLDataSource },
    requestContext,
    planned.operationContext,
    options.planner.supergraphSchema,
    options.planner.apiSchema,
  );
  const errors = response.errors?.map((error) => options.formatError(error.toJSON(), error));
  return { data: response.data ?? null, ...(errors?.length ? { errors } : {}) };
}

/** The variables the primary fetch declares, as the gateway does for any fetch. */
function usedVariables(fetch: FetchNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    (fetch.variableUsages ?? []).filter((name) => variables[name] !== undefined).map((name) => [name, variables[name]]),
  );
}

/**
 * Why an upstream subscription ended in error, as GraphQL errors: the owner's own errors (the
 * order is not yours, the token has expired since, say) pass through; a socket that could not be
 * restored becomes a code.
 */
function upstreamFailure(error: unknown, service: string, options: RelayOptions): Result {
  if (Array.isArray(error)) {
    return { errors: (error as GraphQLFormattedError[]).map((formatted) => options.formatError(formatted, formatted)) };
  }
  options.log.warn({ service, err: isCloseEvent(error) ? error.reason : String(error) }, "upstream subscription lost");
  return failure("SERVICE_UNAVAILABLE", `The ${service} service cannot be reached; subscribe again later`);
}

const tooSlow = () => subscriberTooSlow("Too many events waited for this client; subscribe again");

function failure(code: string, message: string): Result {
  return { errors: [{ message, extensions: { code } }] };
}
