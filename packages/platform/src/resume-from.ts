/**
 * The operation extension by which the gateway marks a subscription it opens again after its
 * socket to the subgraph dropped: an ISO-8601 time, the last moment it heard from the subgraph.
 * The subgraph makes it the subscribe step's `context.resumeFrom`.
 */
export const RESUME_FROM_EXTENSION = "resumeFrom";
