import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import {
  execute,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

/**
 * Whether this request may use the whole API: an admin's verified token, or a partner app's
 * working key (each subgraph checks the app's scopes field by field).
 */
export interface StorefrontContext {
  client: { admin: boolean; app?: unknown };
}

/** Storefront verdicts kept per operation text: the shop sends the same few documents. */
const VERDICTS_KEPT = 1_000;

const validationFailed = (message: string, locations?: GraphQLFormattedError["locations"]): GraphQLFormattedError => ({
  message,
  ...(locations ? { locations } : {}),
  extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
});

/**
 * Everyone but admins and partner apps works against the storefront schema: an operation that does not validate
 * there is refused as it would be by a server that only had that schema (400, every validation
 * error), and introspection describes that schema. The gateway still plans and executes against
 * the whole supergraph, so one query planner serves both.
 *
 * Apollo Server's own validation is cached per document for every caller alike, so the caller's
 * schema is checked here, after the operation is resolved, for each request.
 */
export function storefrontPlugin(storefront: GraphQLSchema): ApolloServerPlugin<StorefrontContext> {
  // Per operation text: its storefront validation errors, and whether it asks for the schema.
  const verdicts = new Map<string, { errors: readonly GraphQLFormattedError[]; asksForSchema: boolean }>();
  const verdictOf = (source: string, document: DocumentNode) => {
    let verdict = verdicts.get(source);
    if (verdict === undefined) {
      verdict = {
        errors: validate(storefront, document).map((error) => validationFailed(error.message, error.locations)),
        asksForSchema: asksForSchema(document),
      };
      if (verdicts.size >= VERDICTS_KEPT) verdicts.delete(verdicts.keys().next().value!);
      verdicts.set(source, verdict);
    }
    return verdict;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(request: GraphQLRequestContext<StorefrontContext>) {
          const { client } = request.contextValue;
          if (client.admin || client.app) return null;
          const { document, source, operation } = request;
          if (!document || !operation) return null;
          const { errors, asksForSchema } = verdictOf(source ?? "", document);
          if (errors.length > 0) return refusal(errors);
          const introspection = introspects(asksForSchema, operation);
          if (introspection === "no") return null;
          if (introspection === "mixed") {
            return refusal([validationFailed("Ask for the schema (__schema, __type) in an operation of its own")]);
          }
          const result = await execute({
            schema: storefront,
            document,
            operationName: request.operationName,
            variableValues: request.request.variables,
          });
          return {
            http: request.response.http,
            body: {
              kind: "single",
              singleResult: { data: result.data, ...(result.errors ? { errors: result.errors } : {}) },
            },
          };
        },
      };
    },
  };
}

function refusal(errors: readonly GraphQLFormattedError[]) {
  return {
    http: { status: 400, headers: new HeaderMap() },
    body: { kind: "single" as const, singleResult: { errors: [...errors] } },
  };
}

/** Whether `__schema` or `__type` appears anywhere in the document, fragments included. */
function asksForSchema(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    Field(field) {
      if (field.name.value === "__schema" || field.name.value === "__type") asks = true;
    },
  });
  return asks;
}

/**
 * Whether the operation asks for the schema: "all" when its root holds nothing but plain
 * `__schema`, `__type` and `__typename` fields, "no" when the document names neither anywhere,
 * and "mixed" otherwise (refused: it would be answered from the whole API).
 */
function introspects(asksForSchema: boolean, operation: OperationDefinitionNode): "all" | "no" | "mixed" {
  if (!asksForSchema) return "no";
  const plain = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && ["__schema", "__type", "__typename"].includes(selection.name.value),
  );
  return plain ? "all" : "mixed";
}
