import { Kind, visit, type DocumentNode, type FieldDefinitionNode } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { Role } from "@shopgraph/kernel";
import { isScopeMarker, isServiceRole, SERVICE } from "./auth.js";

/** The tag the gateway's storefront schema leaves out (gateway/src/storefront). */
export const ADMIN_TAG = "admin";

/**
 * Roles that make a field invisible to the storefront: only admins (and services, and partner apps
 * with a scope) may use it.
 */
const PRIVILEGED = new Set<unknown>([Role.ADMIN, SERVICE]);
const privileged = (roles: unknown[] | undefined) =>
  !!roles?.length && roles.every((role) => PRIVILEGED.has(role) || isServiceRole(role) || isScopeMarker(role));

/**
 * `Type.field` of every field whose `@Authorized` roles are all privileged (on the method or on
 * its resolver class), read from type-graphql's metadata once `buildSchema` has linked it.
 */
export function adminOnlyFields(): Set<string> {
  const storage = getMetadataStorage();
  const coordinates = new Set<string>();
  for (const [root, definitions] of [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
    ["Subscription", storage.subscriptions],
  ] as const) {
    for (const definition of definitions) {
      if (privileged(definition.roles)) coordinates.add(`${root}.${definition.schemaName}`);
    }
  }
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    for (const field of type.fields ?? []) {
      if (privileged(field.roles)) coordinates.add(`${type.name}.${field.schemaName}`);
    }
  }
  return coordinates;
}

/** `document` with `@tag(name: "admin")` on each field in `coordinates` that it defines. */
export function tagAdminFields(document: DocumentNode, coordinates: Set<string>): DocumentNode {
  let typeName = "";
  const enter = (node: { name: { value: string } }) => {
    typeName = node.name.value;
  };
  return visit(document, {
    ObjectTypeDefinition: { enter },
    ObjectTypeExtension: { enter },
    InterfaceTypeDefinition: { enter },
    FieldDefinition(field): FieldDefinitionNode | undefined {
      if (!coordinates.has(`${typeName}.${field.name.value}`)) return undefined;
      if (field.directives?.some((directive) => directive.name.value === "tag")) return undefined;
      const tag = {
        kind: Kind.DIRECTIVE,
        name: { kind: Kind.NAME, value: "tag" },
        arguments: [
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: "name" },
            value: { kind: Kind.STRING, value: ADMIN_TAG },
          },
        ],
      } as const;
      return { ...field, directives: [...(field.directives ?? []), tag] };
    },
  });
}
