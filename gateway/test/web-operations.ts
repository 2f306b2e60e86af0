import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

const WEB_SRC = resolve(import.meta.dirname, "../../web/src");

/** Every operation the shop sends, each in a document with the fragments it uses (as codegen sends it). */
export function webOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(WEB_SRC, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".graphql"));
  const definitions = files.flatMap((file) => parse(readFileSync(join(WEB_SRC, file), "utf8")).definitions);
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = (node: ASTNode, found = new Set<FragmentDefinitionNode>()) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(fragment)) {
          found.add(fragment);
          used(fragment, found);
        }
      },
    });
    return found;
  };
  return definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? "(anonymous)",
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...used(operation)] },
    }));
}

/**
 * The costliest values an operation's variables may take: every Int as large as a page gets
 * (so `first: $first` is a full page), everything else a valid placeholder.
 */
export function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const value = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [];
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => [field.name, value(field.type)]),
      );
    }
    if (isEnumType(named)) return named.getValues()[0]?.value;
    switch (named.name) {
      case "Int":
        return 100;
      case "Float":
        return 1;
      case "Boolean":
        return true;
      case "DateTimeISO":
        return "2026-01-01T00:00:00.000Z";
      default:
        return "x";
    }
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      value(typeFromAST(schema, definition.type) as GraphQLInputType),
    ]),
  );
}
