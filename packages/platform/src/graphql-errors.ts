import { ErrorCode } from "@shopgraph/kernel";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** Codes that Apollo Server and graphql-js attach to errors about the request itself. */
const REQUEST_ERROR_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = "Sign in to do this") => codedError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "You are not allowed to do this") => codedError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => codedError(ErrorCode.NOT_FOUND, `${what} not found`);
export const serviceUnavailable = (
  serviceName: string,
  message = `The ${serviceName} service cannot be reached; try again shortly`,
) => codedError(ErrorCode.SERVICE_UNAVAILABLE, message, { serviceName });
export const subscriberTooSlow = (message: string) => codedError(ErrorCode.SUBSCRIBER_TOO_SLOW, message);
export const badUserInput = (message: string, field?: string) =>
  codedError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/**
 * Apollo `formatError`: errors with a known code pass through; anything else (a bug, a driver
 * error with SQL in it) becomes a bare INTERNAL_SERVER_ERROR outside development, logged by
 * `report` with its cause.
 */
export function errorFormatter(options: { development: boolean; report: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.report(error);
    if (options.development) return formatted;
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** The same error, answered with HTTP 401 when it ends a request over HTTP. */
export function withStatus401<E extends { extensions: Record<string, unknown> }>(error: E): E {
  (error.extensions as Record<string, unknown>)["http"] = { status: 401 };
  return error;
}
