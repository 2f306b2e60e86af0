import { ErrorCode } from "@shopgraph/kernel";
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { RequestLimits } from "./config.js";

/** Marks an operation refused for its size, so the error formatter reports BAD_USER_INPUT. */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: "depth" | "aliases" | "fields",
    message: string,
    operation: OperationDefinitionNode,
    readonly max: number,
  ) {
    super(message, { nodes: [operation], extensions: { limit, max } });
  }
}

interface Size {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Measures each operation with its fragments expanded (a fragment spread ten times counts ten
 * times, as it costs ten times), so nesting, aliases and fields are bounded by what would
 * actually execute. Fragment cycles are left to graphql-js's NoFragmentCycles rule.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Size {
  const memo = new Map<string, Size>();
  const visiting = new Set<string>();

  const measure = (selectionSet: SelectionSetNode): Size => {
    const size: Size = { depth: 0, aliases: 0, fields: 0 };
    const add = (inner: Size, depth: number) => {
      size.depth = Math.max(size.depth, depth);
      size.aliases += inner.aliases;
      size.fields += inner.fields;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? measure(selection.selectionSet) : { depth: 0, aliases: 0, fields: 0 };
        add(inner, inner.depth + 1);
        size.fields += 1;
        if (selection.alias) size.aliases += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measure(selection.selectionSet);
        add(inner, inner.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let inner = memo.get(name);
        if (!inner) {
          visiting.add(name);
          inner = measure(fragment.selectionSet);
          visiting.delete(name);
          memo.set(name, inner);
        }
        add(inner, inner.depth);
      }
    }
    return size;
  };

  return measure(operation.selectionSet);
}

/** A validation rule refusing operations nested, aliased or selecting beyond `limits`. */
export function requestLimitsRule(limits: RequestLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        const size = measureOperation(operation, fragments);
        const name = operation.name ? `Operation ${operation.name.value}` : "The operation";
        if (size.depth > limits.maxDepth) {
          context.reportError(
            new QueryLimitError(
              "depth",
              `${name} is nested ${size.depth} levels deep; at most ${limits.maxDepth} are allowed`,
              operation,
              limits.maxDepth,
            ),
          );
        }
        if (size.aliases > limits.maxAliases) {
          context.reportError(
            new QueryLimitError(
              "aliases",
              `${name} uses ${size.aliases} aliases; at most ${limits.maxAliases} are allowed`,
              operation,
              limits.maxAliases,
            ),
          );
        }
        if (size.fields > limits.maxFields) {
          context.reportError(
            new QueryLimitError(
              "fields",
              `${name} selects ${size.fields} fields; at most ${limits.maxFields} are allowed`,
              operation,
              limits.maxFields,
            ),
          );
        }
      }
      return false;
    },
  });
}

/**
 * Apollo Server reports every validation error as GRAPHQL_VALIDATION_FAILED; a refused size is
 * the client's input being too big, so it goes out as BAD_USER_INPUT with the limit it broke.
 */
export function formatLimitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  if (!(original instanceof QueryLimitError)) return undefined;
  return {
    message: original.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit: original.limit, max: original.max },
  };
}
