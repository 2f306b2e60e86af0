/**
 * `node --import @shopgraph/platform/tracing/register <service>`: OpenTelemetry for the process,
 * configured by the standard OTEL_* variables. Without OTEL_EXPORTER_OTLP_ENDPOINT (or its
 * traces variant) nothing is loaded or hooked: tracing off costs nothing.
 */
import { register } from "node:module";

const endpoint = process.env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] || process.env["OTEL_EXPORTER_OTLP_ENDPOINT"];
if (endpoint && process.env["OTEL_SDK_DISABLED"] !== "true") {
  // Instrumentations patch modules as ESM imports them (pg, undici, node:http): hook first.
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
  const { startTracing } = await import("./sdk.js");
  startTracing();
}
