import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import { ErrorCode, isId, uuidOf } from "@shopgraph/kernel";
import { idTarget, type IdTarget } from "./node.js";

/**
 * The one rule every subgraph applies to its input before a resolver (and so a database) sees it:
 * no string argument, at any depth of an input object or list, holds a NUL character (Postgres
 * refuses it in text) or an unpaired surrogate (not encodable as UTF-8), and every `ID` is one
 * of ours: a raw UUID, or a global id of the type its `@NodeId` names (any type for `node(id:)`).
 * A breach is BAD_USER_INPUT naming the argument path.
 */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((definition) => definition.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  // Variables that do not fit their types are refused by execution itself, with its own message.
  if (coerced.errors) return undefined;

  for (const { field, node } of argumentSites(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue;
    }
    for (const arg of field.args) {
      const problem = valueProblem(values[arg.name], arg.type, [arg.name], idTarget(arg));
      if (problem) return problem;
    }
  }
  return undefined;
}

/** A field with arguments, where the document asks for it (in the operation or any fragment). */
interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * Per schema, document and operation: the fields with arguments, in document order. A document
 * is parsed once per query text and kept (Apollo's document store, the websocket's own cache),
 * so repeated operations skip walking it with type information: only their values are checked.
 */
const sitesCache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<OperationDefinitionNode, ArgumentSite[]>>>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let documents = sitesCache.get(schema);
  if (!documents) sitesCache.set(schema, (documents = new WeakMap()));
  let operations = documents.get(document);
  if (!operations) documents.set(document, (operations = new Map()));
  let sites = operations.get(operation);
  if (sites) return sites;
  const found: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (field && field.args.length > 0) found.push({ field, node });
      },
    }),
  );
  operations.set(operation, (sites = found));
  return sites;
}

function valueProblem(
  value: unknown,
  type: GraphQLInputType,
  path: string[],
  target: IdTarget | undefined,
): GraphQLError | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return valueProblem(value, type.ofType, path, target);
  if (isListType(type)) {
    if (!Array.isArray(value)) return valueProblem(value, type.ofType, path, target);
    for (const [i, item] of value.entries()) {
      const problem = valueProblem(item, type.ofType, [...path, String(i)], target);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const problem = valueProblem(
        (value as Record<string, unknown>)[field.name],
        field.type,
        [...path, field.name],
        idTarget(field),
      );
      if (problem) return problem;
    }
    return undefined;
  }
  if (isScalarType(type) && type.name === "ID") {
    // A global id of another type is as wrong as a malformed one: it can name nothing here.
    const valid = target && target !== "Node" ? uuidOf(value, target) !== undefined : isId(value);
    if (!valid) return refused(path, "is not a valid id");
  }
  // Other scalars (String, and JSON-like ones such as federation's _Any) are searched for strings.
  return stringProblem(value, path);
}

function stringProblem(value: unknown, path: string[]): GraphQLError | undefined {
  if (typeof value === "string") {
    if (value.includes("\0")) return refused(path, "contains a NUL character");
    if (!value.isWellFormed()) return refused(path, "contains an unpaired surrogate");
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = stringProblem(key, path) ?? stringProblem(item, path);
      if (problem) return problem;
    }
  }
  return undefined;
}

function refused(path: string[], what: string): GraphQLError {
  const field = path.join(".");
  return new GraphQLError(`${field} ${what}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

/** Applies `inputProblem` to every operation, after validation and before execution: a 400. */
export function inputHygienePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const problem = inputProblem(schema, document, operationName, request.variables);
          if (problem) {
            throw new GraphQLError(problem.message, { extensions: { ...problem.extensions, http: { status: 400 } } });
          }
        },
      };
    },
  };
}
