import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { SpanKind, SpanStatusCode, type Span } from "@opentelemetry/api";
import { tracer } from "./spans.js";

/**
 * A span per GraphQL operation, named as the semantic conventions say (`query Categories`), with
 * its type and name; an answer with errors marks it failed. It starts once the operation is known
 * and ends when the response goes, inside the request's HTTP span.
 */
export function operationTracingPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let span: Span | undefined;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? "operation";
          const name = operationName ?? operation?.name?.value;
          span = tracer().startSpan(name ? `${type} ${name}` : type, {
            kind: SpanKind.SERVER,
            attributes: { "graphql.operation.type": type, ...(name ? { "graphql.operation.name": name } : {}) },
          });
        },
        async willSendResponse({ response }) {
          if (!span) return;
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (errors?.length) span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message ?? "error" });
          span.end();
        },
      };
    },
  };
}
