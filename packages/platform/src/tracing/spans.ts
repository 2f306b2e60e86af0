import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Link,
  type Span,
} from "@opentelemetry/api";

/**
 * Shopgraph's own spans, where no instrumentation sees the work: GraphQL operations, the outbox's
 * publish, an event's handling, an e-mail's send. With no SDK started these are no-ops.
 */
export const tracer = () => trace.getTracer("shopgraph");

/** What a stored or sent trace context keeps: W3C's two headers, never a client's baggage. */
const TRACE_HEADERS = ["traceparent", "tracestate"] as const;

/** The W3C trace context (`traceparent`, `tracestate`) of `ctx`, to store or send with a message. */
export function traceCarrier(ctx: Context = context.active()): Record<string, string> {
  const injected: Record<string, string> = {};
  propagation.inject(ctx, injected);
  const carrier: Record<string, string> = {};
  for (const header of TRACE_HEADERS) {
    const value = injected[header];
    if (value !== undefined) carrier[header] = value.slice(0, 512);
  }
  return carrier;
}

/** The context a stored or received carrier continues (the root when it has none). */
export function contextFrom(carrier: Record<string, unknown> | null | undefined): Context {
  if (!carrier) return ROOT_CONTEXT;
  const strings = Object.fromEntries(
    Object.entries(carrier).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return propagation.extract(ROOT_CONTEXT, strings);
}

/** The link to the span a carrier names, for work that follows it without being its child. */
export function linkFrom(carrier: Record<string, unknown> | null | undefined): Link[] {
  const spanContext = trace.getSpanContext(contextFrom(carrier));
  return spanContext ? [{ context: spanContext }] : [];
}

/**
 * Runs `work` in a span that is a child of `parent`, ending it (with an error status when `work`
 * throws) once it is done; SQL and HTTP inside it become its children.
 */
export async function inSpan<T>(
  name: string,
  options: {
    kind?: SpanKind;
    attributes?: Record<string, string | number | boolean>;
    parent?: Context;
    links?: Link[];
  },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes ?? {}, links: options.links ?? [] },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Sends what the SDK holds before the process exits (a no-op without one). */
export async function flushTracing(): Promise<void> {
  const provider = trace.getTracerProvider() as { forceFlush?: () => Promise<void> };
  await provider.forceFlush?.().catch(() => undefined);
}

export { SpanKind, SpanStatusCode, trace };
export type { Span };
