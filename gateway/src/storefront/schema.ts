import { Supergraph } from "@apollo/federation-internals";
import { MapperKind, mapSchema, pruneSchema } from "@graphql-tools/utils";
import { isTypeDefinitionNode, Kind, parse, type ConstDirectiveNode, type GraphQLSchema } from "graphql";

/** Subgraphs tag what only admins may see with `@tag(name: "admin")`. */
export const ADMIN_TAG = "admin";

/**
 * The two public schemas of one supergraph: `admin` is the whole API; `storefront` is what
 * anonymous callers and customers see in introspection and validation: the API without anything
 * tagged admin, and without the types only those elements reached.
 */
export interface ApiSchemas {
  admin: GraphQLSchema;
  storefront: GraphQLSchema;
}

export function apiSchemas(supergraphSdl: string): ApiSchemas {
  const admin = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return { admin, storefront: storefrontOf(admin, supergraphSdl) };
}

/** The storefront schema of an API schema already built from `supergraphSdl`. */
export function storefrontOf(apiSchema: GraphQLSchema, supergraphSdl: string): GraphQLSchema {
  return withoutTagged(apiSchema, taggedCoordinates(supergraphSdl, ADMIN_TAG));
}

const isTag = (tag: string) => (directive: ConstDirectiveNode) =>
  directive.name.value === "tag" &&
  directive.arguments?.some(
    (argument) => argument.name.value === "name" && argument.value.kind === Kind.STRING && argument.value.value === tag,
  );

/**
 * Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) of the elements the
 * supergraph carries `@tag(name: tag)` on; composition keeps subgraphs' tags there.
 */
export function taggedCoordinates(supergraphSdl: string, tag: string): Set<string> {
  const tagged = new Set<string>();
  const has = isTag(tag);
  const mark = (coordinate: string, node: { directives?: readonly ConstDirectiveNode[] | undefined }) => {
    if (node.directives?.some(has)) tagged.add(coordinate);
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (!isTypeDefinitionNode(definition)) continue;
    const typeName = definition.name.value;
    mark(typeName, definition);
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
        for (const field of definition.fields ?? []) {
          mark(`${typeName}.${field.name.value}`, field);
          for (const argument of field.arguments ?? []) {
            mark(`${typeName}.${field.name.value}(${argument.name.value}:)`, argument);
          }
        }
        break;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        for (const field of definition.fields ?? []) mark(`${typeName}.${field.name.value}`, field);
        break;
      case Kind.ENUM_TYPE_DEFINITION:
        for (const value of definition.values ?? []) mark(`${typeName}.${value.name.value}`, value);
        break;
    }
  }
  return tagged;
}

/** `schema` without the elements at `coordinates`, then without every type nothing reaches any more. */
export function withoutTagged(schema: GraphQLSchema, coordinates: Set<string>): GraphQLSchema {
  if (coordinates.size === 0) return schema;
  const mapped = mapSchema(schema, {
    [MapperKind.TYPE]: (type) => (coordinates.has(type.name) ? null : type),
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName, typeName) => {
      if (coordinates.has(`${typeName}.${fieldName}`)) return null;
      const args = Object.fromEntries(
        Object.entries(field.args ?? {}).filter(([name]) => !coordinates.has(`${typeName}.${fieldName}(${name}:)`)),
      );
      return { ...field, args };
    },
    [MapperKind.INPUT_OBJECT_FIELD]: (field, fieldName, typeName) =>
      coordinates.has(`${typeName}.${fieldName}`) ? null : field,
    [MapperKind.ENUM_VALUE]: (value, typeName, _schema, externalValue) =>
      coordinates.has(`${typeName}.${externalValue}`) ? null : value,
  });
  return pruneSchema(mapped);
}
