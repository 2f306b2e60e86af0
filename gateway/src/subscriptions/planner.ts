import { buildOperationContext } from "@apollo/gateway";
import { operationFromDocument, Supergraph, type Schema } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from "@apollo/query-planner";
import { ErrorCode } from "@shopgraph/kernel";
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import { checkCost, type CostConfig } from "../cost/limit.js";
import { QueryLimitError } from "../limits.js";

type OperationContext = ReturnType<typeof buildOperationContext>;

/** A client's subscription, planned once: what to open upstream and what to run for each event. */
export interface PlannedSubscription {
  document: DocumentNode;
  operationContext: OperationContext;
  /** The owning subgraph's part: opened there as a graphql-ws subscription. */
  primary: FetchNode;
  /** Fetches of fields other subgraphs own, run for every event; absent when the owner has them all. */
  rest: PlanNode | undefined;
}

/** Why an operation cannot be relayed: the client's mistake, said in GraphQL errors. */
export class OperationRefused extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}

const MAX_CACHED_PLANS = 500;

/**
 * Plans subscriptions the way `@apollo/gateway` plans queries, from the same supergraph: the
 * query planner knows which subgraph owns each `Subscription` field, so nothing here names one.
 */
export class SubscriptionPlanner {
  private readonly supergraph: Supergraph;
  /** The API schema in federation's own model, which planning and execution take. */
  readonly apiSchema: Schema;
  /** The public schema clients validate against. */
  readonly schema: GraphQLSchema;
  /** The supergraph with its join directives, which query plan execution reads. */
  readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  /** Plans by operation text: clients resubscribe with the same few documents. */
  private readonly plans = new Map<string, PlannedSubscription>();

  constructor(
    supergraphSdl: string,
    private readonly rules: readonly ValidationRule[] = [],
    /** The same cost budget as HTTP operations; a subscription's cost depends on its variables. */
    private readonly cost?: Pick<CostConfig, "maxCost">,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = this.supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = this.supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(this.supergraph);
  }

  /** Parses, validates, costs and plans `query`; throws OperationRefused for anything a client got wrong. */
  plan(
    query: string,
    operationName: string | undefined | null,
    variables: Record<string, unknown> = {},
  ): PlannedSubscription {
    const planned = this.planOperation(query, operationName);
    if (this.cost) {
      try {
        checkCost(this.cost, this.schema, planned.document, variables, operationName ?? undefined);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const { http: _http, ...extensions } = error.extensions;
        throw new OperationRefused([new GraphQLError(error.message, { nodes: error.nodes, extensions })]);
      }
    }
    return planned;
  }

  private planOperation(query: string, operationName: string | undefined | null): PlannedSubscription {
    const key = `${operationName ?? ""}\n${query}`;
    const cached = this.plans.get(key);
    if (cached) return cached;

    const document = this.parse(query);
    const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
    if (errors.length > 0) throw new OperationRefused(errors.map(validationError));
    const operation = selectOperation(document, operationName ?? undefined);
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      throw refused(
        "BAD_REQUEST",
        "Only subscriptions go over the websocket; send queries and mutations to /graphql over HTTP",
      );
    }

    const operationContext = buildOperationContext({
      schema: this.schema,
      operationDocument: document,
      ...(operationName ? { operationName } : {}),
    });
    let queryPlan: QueryPlan;
    try {
      queryPlan = this.planner.buildQueryPlan(
        operationFromDocument(this.apiSchema, document, operationName ? { operationName } : {}),
      );
    } catch (error) {
      // Federation's own checks of the operation, beyond graphql-js validation.
      if (error instanceof GraphQLError) throw new OperationRefused([withCode("GRAPHQL_VALIDATION_FAILED")(error)]);
      throw error;
    }
    const node = queryPlan.node;
    if (node?.kind !== "Subscription") throw new Error(`Expected a subscription plan, got ${node?.kind ?? "none"}`);
    const planned = { document, operationContext, primary: node.primary, rest: node.rest };

    if (this.plans.size >= MAX_CACHED_PLANS) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(key, planned);
    return planned;
  }

  private parse(query: string): DocumentNode {
    try {
      return parse(query);
    } catch (error) {
      throw new OperationRefused([withCode("GRAPHQL_PARSE_FAILED")(error as GraphQLError)]);
    }
  }
}

function selectOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) {
    throw refused(
      "OPERATION_RESOLUTION_FAILURE",
      operationName ? `Unknown operation named "${operationName}"` : "Name the operation to run (operationName)",
    );
  }
  return operation;
}

function refused(code: string, message: string): OperationRefused {
  return new OperationRefused([new GraphQLError(message, { extensions: { code } })]);
}

/** The same codes HTTP clients get for the same mistake (see limits.ts and Apollo Server). */
function validationError(error: GraphQLError): GraphQLError {
  if (error instanceof QueryLimitError) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: ErrorCode.BAD_USER_INPUT, limit: error.limit, max: error.max },
    });
  }
  return withCode("GRAPHQL_VALIDATION_FAILED")(error);
}

/** graphql-js errors carry no code; give them one. */
function withCode(code: string) {
  return (error: GraphQLError) =>
    new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      originalError: error.originalError,
      extensions: { ...error.extensions, code: (error.extensions["code"] as string | undefined) ?? code },
    });
}
