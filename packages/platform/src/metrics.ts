import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { RequestHandler } from "./http.js";

export type { Counter, Gauge, Histogram } from "prom-client";

/** Seconds: from 5 ms (a cached field) to 10 s (a subgraph timeout). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** At most this many operation names are told apart; clients choose names, the registry must stay small. */
const MAX_OPERATION_NAMES = 200;
/** Operation names kept as labels: GraphQL names of at most 64 characters. */
const LABELLED_NAME = /^[A-Za-z_]\w{0,63}$/;

/**
 * One service's Prometheus metrics: its own registry (several services share a process in tests),
 * Node's runtime metrics, and the HTTP and GraphQL histograms every service has. Names follow the
 * OpenTelemetry semantic conventions as Prometheus spells them (`http.server.request.duration`
 * -> `http_server_request_duration_seconds`).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<"http_request_method" | "http_route" | "http_response_status_code">;
  readonly operationDuration: Histogram<"graphql_operation_type" | "graphql_operation_name" | "outcome">;
  private readonly operationNames = new Set<string>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = this.histogram("http_server_request_duration_seconds", "Duration of HTTP requests served", [
      "http_request_method",
      "http_route",
      "http_response_status_code",
    ]);
    this.operationDuration = this.histogram(
      "graphql_server_operation_duration_seconds",
      "Duration of GraphQL operations, from parsing to the response; outcome is ok, error (the answer has errors) or refused (never executed)",
      ["graphql_operation_type", "graphql_operation_name", "outcome"],
    );
  }

  // A second worker of the same kind (two consumers in one service) shares the first one's metric.
  histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets = LATENCY_BUCKETS) {
    const existing = this.registry.getSingleMetric(name);
    if (existing instanceof Histogram) return existing as Histogram<L>;
    return new Histogram<L>({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
    const existing = this.registry.getSingleMetric(name);
    if (existing instanceof Counter) return existing as Counter<L>;
    return new Counter<L>({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge read when Prometheus scrapes (`collect` sets it). */
  gauge<L extends string>(
    name: string,
    help: string,
    collect: (gauge: Gauge<L>) => void | Promise<void>,
    labelNames: readonly L[] = [],
  ) {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  /**
   * Gauges whose values come from one read (a query) when Prometheus scrapes: the read runs once
   * per scrape for all of them. When it fails (the database is down) they report NaN, not a
   * stale or zero value, which would say "nothing waits" and silence every alert built on them,
   * and `metrics_read_failures_total{source}` counts the failure, for an alert of its own.
   */
  gaugesReadOnScrape<K extends string>(
    source: string,
    read: () => Promise<Record<K, number>>,
    gauges: Record<K, { name: string; help: string }>,
  ): void {
    const failures = this.counter(
      "metrics_read_failures_total",
      "Scrapes whose gauges could not be read (their source, e.g. the database, did not answer); those gauges were NaN",
      ["source"],
    );
    let current: { at: number; values: Promise<Record<K, number> | undefined> } | undefined;
    const values = () => {
      // The gauges of one scrape are collected one after another, within milliseconds.
      if (!current || performance.now() - current.at > 1_000) {
        const reading = read().catch(() => {
          failures.inc({ source });
          return undefined;
        });
        current = { at: performance.now(), values: reading };
      }
      return current.values;
    };
    for (const key of Object.keys(gauges) as K[]) {
      const { name, help } = gauges[key];
      this.gauge(name, help, async (gauge) => {
        gauge.set((await values())?.[key] ?? Number.NaN);
      });
    }
  }

  /**
   * An operation name as a label: the first MAX_OPERATION_NAMES names seen, then "other"; a name
   * longer than a person would write (clients choose them, and every series repeats its labels on
   * each scrape) is "other" too.
   */
  operationName(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!LABELLED_NAME.test(name)) return "other";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }

  /** Times `res` from now until it is sent, under `route` (a handful of values, never the raw path). */
  timeRequest(req: IncomingMessage, res: ServerResponse, route: string): void {
    const end = this.httpDuration.startTimer({ http_request_method: req.method ?? "GET", http_route: route });
    res.once("finish", () => end({ http_response_status_code: String(res.statusCode) }));
  }
}

/** The route label of a path: the known routes as they are, images as one, the rest as "other". */
export function routeOf(path: string): string {
  if (KNOWN_ROUTES.has(path)) return path;
  if (path.startsWith("/images/")) return "/images/*";
  if (path.startsWith("/assets/")) return "/assets/*";
  // Calls between services that skip GraphQL (products' /internal/reserve-stock).
  if (path.startsWith("/internal/")) return "/internal/*";
  return "other";
}
const KNOWN_ROUTES = new Set(["/", "/graphql", "/graphql/session", "/health", "/ready", "/metrics"]);

/**
 * `GET /metrics` in Prometheus text format. With a `token`, only `Authorization: Bearer <token>`
 * may read it (for a port the public reaches, as the gateway's is).
 */
export function metricsRoute(metrics: Metrics, token?: string): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return async (req, res) => {
    if ((req.url ?? "/").split("?")[0] !== "/metrics" || req.method !== "GET") return false;
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.writeHead(401, { "www-authenticate": "Bearer" }).end();
        return true;
      }
    }
    const text = await metrics.registry.metrics();
    res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text);
    return true;
  };
}

/** Times every GraphQL operation by type, name and outcome. */
export function operationMetricsPlugin<TContext extends BaseContext>(metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = response.body;
          const failed = body.kind === "single" ? !!body.singleResult.errors?.length : false;
          const outcome = operation === undefined && errors?.length ? "refused" : failed ? "error" : "ok";
          metrics.operationDuration.observe(
            {
              graphql_operation_type: operation?.operation ?? "unknown",
              graphql_operation_name: metrics.operationName(operationName ?? operation?.name?.value),
              outcome,
            },
            seconds,
          );
        },
      };
    },
  };
}
