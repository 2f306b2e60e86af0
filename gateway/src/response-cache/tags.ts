import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { fromGlobalId } from "@shopgraph/kernel";

/** Every entry showing anything of a type (`Product:*`) goes when any object of it changes. */
export const anyOf = (type: string) => `${type}:*`;
/** Answers show global ids, events carry the row's UUID: a tag names the UUID, whichever it was given. */
export const entityTag = (type: string, id: string) => `${type}:${fromGlobalId(id)?.uuid ?? id.toLowerCase()}`;
export const rootFieldTag = (field: string) => `Query.${field}`;

interface SelectedField {
  responseKey: string;
  name: string;
  selectionSet: SelectionSetNode | undefined;
}

/**
 * The tags of an answer: `Type:id` of every object with an id it shows, `Type:*` where it shows
 * an object of such a type without its id (or a null where one could be: what is missing may
 * appear), and `Query.<field>` of each root field, for lists whose members a change may add or
 * remove. An event purges every entry that holds one of its tags.
 */
export function answerTags(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: Record<string, unknown>,
): string[] {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const tags = new Set<string>();
  const query = schema.getQueryType();
  if (!query) return [];

  const applies = (condition: string | undefined, concrete: GraphQLObjectType | undefined) => {
    if (condition === undefined || concrete === undefined || condition === concrete.name) return true;
    const type = schema.getType(condition);
    return type !== undefined && isAbstractType(type) && schema.isSubType(type, concrete);
  };
  const fieldsOf = (selectionSet: SelectionSetNode, concrete: GraphQLObjectType | undefined, out: SelectedField[]) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        out.push({
          responseKey: selection.alias?.value ?? selection.name.value,
          name: selection.name.value,
          selectionSet: selection.selectionSet,
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, concrete)) fieldsOf(selection.selectionSet, concrete, out);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, concrete)) {
          fieldsOf(fragment.selectionSet, concrete, out);
        }
      }
    }
    return out;
  };
  /** Entity types are those with an `id: ID!`. */
  const isEntity = (type: GraphQLObjectType) => {
    const id = type.getFields()["id"]?.type;
    return id !== undefined && isNonNullType(id) && isScalarType(id.ofType) && id.ofType.name === "ID";
  };
  const entityTypesOf = (type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
    (isObjectType(type) ? [type] : schema.getPossibleTypes(type)).filter(isEntity);

  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, value: unknown): void => {
    if (value === null || value === undefined) {
      for (const entity of entityTypesOf(type)) tags.add(anyOf(entity.name));
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(selectionSet, type, item);
      return;
    }
    if (typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    let concrete = isObjectType(type) ? type : undefined;
    if (!concrete) {
      const typename = fieldsOf(selectionSet, undefined, []).find((field) => field.name === "__typename");
      const named = typename && schema.getType(String(object[typename.responseKey]));
      concrete = named && isObjectType(named) ? named : undefined;
    }
    const fields = fieldsOf(selectionSet, concrete, []);
    if (concrete === undefined) {
      for (const entity of entityTypesOf(type)) tags.add(anyOf(entity.name));
    } else if (isEntity(concrete)) {
      const idField = fields.find((field) => field.name === "id");
      const id = idField && object[idField.responseKey];
      tags.add(typeof id === "string" ? entityTag(concrete.name, id) : anyOf(concrete.name));
    }
    // A union's own fields are only __typename; an interface's are its members' common ones.
    const holder = concrete ?? type;
    const definitions = isUnionType(holder) ? {} : holder.getFields();
    for (const field of fields) {
      if (!field.selectionSet) continue;
      const definition = definitions[field.name];
      const named = definition && getNamedType(definition.type);
      if (named && isCompositeType(named)) walk(field.selectionSet, named, object[field.responseKey]);
    }
  };

  for (const field of fieldsOf(operation.selectionSet, query, [])) {
    if (field.name.startsWith("__")) continue;
    tags.add(rootFieldTag(field.name));
    const named = query.getFields()[field.name];
    const type = named && getNamedType(named.type);
    if (field.selectionSet && type && isCompositeType(type)) walk(field.selectionSet, type, data[field.responseKey]);
  }
  return [...tags];
}
