/**
 * What changed between two versions of a public schema, as a client sees it: breaking changes
 * (graphql-js's own list: a removed field, a changed type, a new required argument...), changes
 * that may break a client (graphql-js's "dangerous" ones), additions and new deprecations.
 */
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";

export interface SchemaChanges {
  breaking: string[];
  dangerous: string[];
  added: string[];
  deprecated: string[];
}

/** Every type, field, argument, input field and enum value, by schema coordinate. */
function coordinates(schema: GraphQLSchema): Map<string, { deprecationReason?: string | null | undefined }> {
  const all = new Map<string, { deprecationReason?: string | null | undefined }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    all.set(type.name, {});
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        all.set(`${type.name}.${field.name}`, field);
        for (const arg of field.args) all.set(`${type.name}.${field.name}(${arg.name}:)`, arg);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) all.set(`${type.name}.${field.name}`, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) all.set(`${type.name}.${value.name}`, value);
    }
  }
  return all;
}

export function schemaChanges(oldSdl: string, newSdl: string): SchemaChanges {
  const before = buildSchema(oldSdl);
  const after = buildSchema(newSdl);
  const old = coordinates(before);
  const now = coordinates(after);
  return {
    breaking: findBreakingChanges(before, after).map((change) => `${change.type}: ${change.description}`),
    dangerous: findDangerousChanges(before, after).map((change) => `${change.type}: ${change.description}`),
    added: [...now.keys()].filter((coordinate) => !old.has(coordinate)).sort(),
    deprecated: [...now.entries()]
      .filter(([coordinate, element]) => element.deprecationReason && !old.get(coordinate)?.deprecationReason)
      .map(([coordinate, element]) => `${coordinate}: ${element.deprecationReason}`)
      .sort(),
  };
}

export function formatChanges(changes: SchemaChanges): string {
  const section = (title: string, lines: string[]) =>
    `${title} (${lines.length})\n${lines.map((line) => `  ${line}`).join("\n")}`.trimEnd();
  return [
    section("Breaking", changes.breaking),
    section("Dangerous", changes.dangerous),
    section("Deprecated", changes.deprecated),
    section("Added", changes.added),
  ].join("\n\n");
}
