import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** A sentence a shopper can act on, for an error from Apollo or fetch. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.["code"];
    if (code === "UNAUTHENTICATED") return "Please sign in again to continue.";
    if (code === "FORBIDDEN") return "You do not have access to this.";
    if (code === "NOT_FOUND") return "We could not find what you were looking for.";
    // The gateway knows only this release's operations, and this page is from another one.
    if (code === "PERSISTED_QUERY_REQUIRED")
      return "The shop was updated since this page loaded. Please reload the page.";
    return error.errors[0]?.message ?? "Something went wrong.";
  }
  if (ServerError.is(error)) return "The shop is having trouble right now. Please try again in a moment.";
  if (error instanceof TypeError) return "You appear to be offline. Check your connection and try again.";
  return error instanceof Error ? error.message : "Something went wrong.";
}

/** The GraphQL error code of an Apollo error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.["code"];
  return typeof code === "string" ? code : undefined;
}
