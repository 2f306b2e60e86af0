import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { NodeSDK } from "@opentelemetry/sdk-node";

/** Probes and scrapes say nothing about a request's path through the system. */
const UNTRACED_PATHS = /^\/(health|ready|metrics)(\?|$)/;

/**
 * The SDK as the OTEL_* variables configure it (service name, sampler, OTLP endpoint and
 * protocol: http/protobuf or http/json), with the instrumentations a request crosses: incoming
 * and outgoing HTTP (the gateway's subgraph fetches go through undici), and every SQL statement.
 */
export function startTracing(): void {
  // OTEL_SERVICE_NAME wins; else the service's folder (`subgraphs/users/dist/server.js` -> users).
  process.env["OTEL_SERVICE_NAME"] ||= serviceFromScript(process.argv[1] ?? "");
  const sdk = new NodeSDK({
    // W3C trace context only: a client's baggage is not carried into outbox rows and messages.
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? "/") }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  // runMain flushes through the global provider; this covers a process that just ends.
  process.once("beforeExit", () => void sdk.shutdown());
}

function serviceFromScript(script: string): string {
  const parts = script.split(/[\\/]/);
  const dist = parts.lastIndexOf("dist");
  return dist > 0 ? parts[dist - 1]! : "shopgraph";
}
