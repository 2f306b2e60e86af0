// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Directive, Field, InterfaceType, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { Rejection, type Problem } from "./problems.js";

/** Stable `extensions.code` values for errors that are not expected business outcomes. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** A service behind the gateway cannot be reached; `extensions.serviceName` names it. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** A subscription ended because its subscriber read events slower than they came. */
  SUBSCRIBER_TOO_SLOW: "SUBSCRIBER_TOO_SLOW",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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

/** An expected business outcome, returned in a payload's `userErrors` rather than thrown. */
@Directive("@shareable")
@ObjectType({ description: "An expected failure of a mutation; the mutation changed nothing." })
export class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field the error concerns" })
  field?: string[] | null;

  @Field({ description: "Stable, machine-readable code such as OUT_OF_STOCK or EMAIL_TAKEN" })
  code!: string;

  @Field()
  message!: string;
}

export function userError(code: string, message: string, field?: string | string[]): UserError {
  return { code, message, field: field === undefined ? null : Array.isArray(field) ? field : ["input", field] };
}

/**
 * Thrown inside a unit of work to abort it (so its transaction rolls back) and answer with
 * `userErrors`. `withUserErrors` turns it into a payload.
 */
export class UserErrors extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join("; "));
    this.name = "UserErrors";
  }
}

export function fail(code: string, message: string, field?: string | string[]): never {
  throw new UserErrors([userError(code, message, field)]);
}

/** Runs a mutation body; its `UserErrors` become the payload's `userErrors`, the rest propagate. */
export async function withUserErrors<T extends object>(
  body: () => Promise<T>,
): Promise<(T & { userErrors: UserError[] }) | { userErrors: UserError[] }>;
/**
 * Runs a mutation body; a `Rejection` becomes the payload's `userErrors` (each code checked
 * against the area's codes, so a code the schema's enum lacks fails loudly here, not as a
 * serialization error), anything else propagates.
 */
export async function withUserErrors<T extends object, Code extends string>(
  codes: Readonly<Record<string, Code>>,
  body: () => Promise<T>,
): Promise<(T & { userErrors: Problem<Code>[] }) | { userErrors: Problem<Code>[] }>;
export async function withUserErrors<T extends object>(
  codesOrBody: Readonly<Record<string, string>> | (() => Promise<T>),
  maybeBody?: () => Promise<T>,
): Promise<object> {
  const codes = typeof codesOrBody === "function" ? null : codesOrBody;
  const body = typeof codesOrBody === "function" ? codesOrBody : maybeBody!;
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { userErrors: error.userErrors };
    if (error instanceof Rejection && codes) return { userErrors: inArea(codes, error.problems) };
    throw error;
  }
}

function inArea<Code extends string>(
  codes: Readonly<Record<string, Code>>,
  problems: readonly Problem[],
): Problem<Code>[] {
  const known = new Set<string>(Object.values(codes));
  const stray = problems.find((p) => !known.has(p.code));
  if (stray) throw new Error(`Error code ${stray.code} is not one of this mutation's codes (${[...known].join(", ")})`);
  return problems as Problem<Code>[];
}

/** What every area's error type has in common, so a client can show any of them the same way. */
@InterfaceType("DisplayableError", {
  description:
    "An expected failure of a mutation, to show to the user; the mutation changed nothing it reports failing",
})
export abstract class DisplayableError {
  @Field(() => [String], { nullable: true, description: "Path to the input field the error concerns" })
  field!: readonly string[] | null;

  @Field()
  message!: string;
}

/**
 * One area's error type and its code enum: `userErrorType("Cart", CartErrorCode)` gives
 * `type CartUserError implements DisplayableError { code: CartErrorCode! ... }`.
 */
export function userErrorType<Code extends string>(
  area: string,
  codes: Readonly<Record<string, Code>>,
): ClassType<Problem<Code>> {
  registerEnumType(codes, { name: `${area}ErrorCode`, description: `Stable codes of the ${area} area's userErrors` });

  @ObjectType(`${area}UserError`, { implements: DisplayableError })
  class AreaUserError extends DisplayableError implements Problem<Code> {
    @Field(() => codes, { description: "Stable, machine-readable reason" })
    code!: Code;
  }
  return AreaUserError;
}

/** Base of an area's mutation payloads: what happened, or why nothing did. */
export function payloadWith<Code extends string>(errorType: ClassType<Problem<Code>>) {
  // Abstract and never referenced itself, so type-graphql emits only the concrete payloads.
  @ObjectType()
  abstract class AreaPayload {
    @Field(() => [errorType])
    userErrors!: Problem<Code>[];
  }
  return AreaPayload;
}

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

/** Base of every mutation payload: what happened, or why nothing did. */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError])
  userErrors!: UserError[];
}
