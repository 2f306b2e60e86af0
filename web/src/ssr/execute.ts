import type { FormattedExecutionResult } from "graphql";

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Runs one operation as the page's visitor would (the gateway runs it in-process). */
export type Execute = (request: GraphQLRequest) => Promise<FormattedExecutionResult>;
