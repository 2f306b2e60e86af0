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
  /** A deprecated 32-bit field (`Money.amountCents`) cannot hold the value; the message names the field to use. */
  AMOUNT_TOO_LARGE: "AMOUNT_TOO_LARGE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
