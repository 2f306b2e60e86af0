import { GraphQLError, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import { operationCost } from "./estimate.js";

export const CostErrorCode = {
  COST_LIMIT_EXCEEDED: "COST_LIMIT_EXCEEDED",
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
} as const;

export interface CostConfig {
  /** Most objects (see estimate.ts) one operation may ask for. */
  maxCost: number;
  /** Most bytes of one HTTP response body. */
  maxResponseBytes: number;
}

export function costLimitExceeded(cost: number, budget: number): GraphQLError {
  return new GraphQLError(
    `The operation can return ${cost} objects; at most ${budget} are allowed. Ask for smaller pages (first) or fewer nested lists.`,
    { extensions: { code: CostErrorCode.COST_LIMIT_EXCEEDED, cost, budget, http: { status: 400 } } },
  );
}

/**
 * The cost of an operation, refused above `maxCost`. Variables that do not fit the operation are
 * BAD_USER_INPUT, as execution would have said.
 */
export function checkCost(
  config: Pick<CostConfig, "maxCost">,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
    });
  }
  if (cost > config.maxCost) throw costLimitExceeded(cost, config.maxCost);
  return cost;
}

/**
 * Apollo Server's `stringifyResult` with a hard cap: a body over `maxBytes` is replaced by one
 * error. The cost limit keeps honest queries far below it; this bounds whatever it misjudges.
 */
export function cappedStringify(maxBytes: number, onRefused: (bytes: number) => void) {
  return (value: FormattedExecutionResult): string => {
    const text = JSON.stringify(value);
    // A string of n UTF-16 units is at most 3n bytes in UTF-8: most bodies need no counting.
    if (text.length * 3 <= maxBytes) return text;
    const bytes = Buffer.byteLength(text);
    if (bytes <= maxBytes) return text;
    onRefused(bytes);
    return JSON.stringify({
      errors: [
        {
          message: `The response would be ${bytes} bytes; at most ${maxBytes} are sent. Ask for less.`,
          extensions: { code: CostErrorCode.RESPONSE_TOO_LARGE, bytes, max: maxBytes },
        },
      ],
    });
  };
}
