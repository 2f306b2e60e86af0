/**
 * A failure to start whose message alone tells the operator what to do (a malformed variable, a
 * database that cannot be reached): `runMain` logs that line instead of a stack trace.
 */
export class StartupError extends Error {}
