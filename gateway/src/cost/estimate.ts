import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  BREAK,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { LIST_SIZES, type ListSize } from "./list-sizes.js";

/**
 * A list the table does not know (only introspection's, as a test keeps LIST_SIZES complete)
 * costs as a full page.
 */
const UNKNOWN_LIST_SIZE = 100;

/**
 * The number of objects an operation can return, at most: every object counts one, a list
 * multiplies what it holds by its size (list-sizes.ts), the `edges` and `nodes` of a connection
 * by the connection's page size. Aliases and fragment spreads count as often as they appear,
 * because they execute as often. Leaves cost nothing: the field limit bounds them. Throws the
 * GraphQLError graphql-js gives for variables that do not fit their definitions.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  const operation = findOperation(document, operationName);
  if (!operation) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const known = knownCosts(schema, document);
  const cached = known.get(operation);
  if (cached !== undefined) return cached;
  const pages = pageSizes(schema, document, operation, coerced.coerced);
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operation.name ? { operationName: operation.name.value } : {}),
    estimators: [objectCountEstimator(pages)],
  });
  if (!costReadsVariables(document)) known.set(operation, cost);
  return cost;
}

/**
 * Costs of operations whose cost no variable can change, per schema and parsed document (Apollo
 * Server keeps one document per query text): a checkout's mutations are costed once, not walked
 * on every request.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>>();

function knownCosts(schema: GraphQLSchema, document: DocumentNode): Map<OperationDefinitionNode, number> {
  let documents = costs.get(schema);
  if (!documents) costs.set(schema, (documents = new WeakMap()));
  let known = documents.get(document);
  if (!known) documents.set(document, (known = new Map()));
  return known;
}

/** Field names whose list size an argument sets (LIST_SIZES `argument` entries), whatever their type. */
const ARGUMENT_SIZED_FIELDS = new Set(
  Object.entries(LIST_SIZES)
    .filter(([, entry]) => entry.kind === "argument")
    .map(([coordinate]) => coordinate.slice(coordinate.indexOf(".") + 1)),
);

/**
 * Whether a variable can change the document's cost: a variable in a directive (`@include(if:)`
 * and `@skip` decide what is counted) or in an argument of a field that any type sizes by its
 * arguments. Judged by names alone, so it may say yes where the answer is no, never the reverse.
 */
function costReadsVariables(document: DocumentNode): boolean {
  const hasVariable = (node: FieldNode | DirectiveNode) => {
    let found = false;
    for (const argument of node.arguments ?? []) {
      visit(argument.value, {
        Variable: () => {
          found = true;
          return BREAK;
        },
      });
    }
    return found;
  };
  let reads = false;
  visit(document, {
    Directive(node) {
      if (hasVariable(node)) {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
    Field(node) {
      if (ARGUMENT_SIZED_FIELDS.has(node.name.value) && hasVariable(node)) {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return reads;
}

function objectCountEstimator(pages: ReadonlyMap<FieldNode, number>): ComplexityEstimator {
  return ({ type, field, args, node, childComplexity }) => {
    // Introspection is answered by the gateway from its schema, without a subgraph.
    if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
    const perItem = isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;
    if (!isListType(getNullableType(field.type))) return perItem;
    const entry = LIST_SIZES[`${type.name}.${field.name}`];
    const size = entry?.kind === "page" ? (pages.get(node) ?? UNKNOWN_LIST_SIZE) : listSize(entry, args);
    return size * perItem;
  };
}

function listSize(entry: ListSize | undefined, args: Record<string, unknown>): number {
  if (!entry || entry.kind === "page") return UNKNOWN_LIST_SIZE;
  if (entry.kind === "bounded") return entry.max;
  const requested = entry.arguments
    .map((name) => args[name])
    .map((value) => (Array.isArray(value) ? value.length : value))
    .filter((value) => typeof value === "number");
  // Out-of-range values are the subgraph's to refuse; costed, they count as the most it returns.
  if (requested.length === 0) return entry.default;
  return Math.min(Math.max(...requested, 0), entry.max);
}

function findOperation(document: DocumentNode, operationName: string | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
}

/**
 * The page size of each connection's `edges` and `nodes` selections: estimators see one field
 * at a time, so this walk (fragments expanded) hands them the size their connection asked for.
 * A fragment spread under several connections takes the largest.
 */
function pageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Map<FieldNode, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const sizes = new Map<FieldNode, number>();
  const visiting = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, page: number | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[selection.name.value];
        if (!field) continue;
        const entry = LIST_SIZES[`${parent.name}.${field.name}`];
        if (entry?.kind === "page" && page !== undefined) {
          sizes.set(selection, Math.max(sizes.get(selection) ?? 0, page));
        }
        const inner = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(inner)) continue;
        const innerPage =
          entry?.kind === "argument" && !isListType(getNullableType(field.type))
            ? listSize(entry, argumentValues(field, selection, variables))
            : undefined;
        walk(selection.selectionSet, inner, innerPage);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(condition)) walk(selection.selectionSet, condition, page);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!isCompositeType(condition)) continue;
        visiting.add(name);
        walk(fragment.selectionSet, condition, page);
        visiting.delete(name);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, undefined);
  return sizes;
}

function argumentValues(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // A missing required argument is validation's to report; costed, the defaults stand.
    return {};
  }
}
