// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { globalIdOf, isNodeType, uuidOf, type NodeType } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { Directive, Field, ID, InterfaceType } from "type-graphql";

/**
 * Global object identification: every type in kernel's `NODE_TYPES` implements `Node`, its `id`
 * is a global id (`Order_AZBdr5l2cxKkEp3pcXH6Yw`, kernel's ids.ts), and `node(id:)`/`nodes(ids:)`
 * fetch any of them. Inside a subgraph everything stays a raw UUID: ids are encoded on the way
 * out (`id` fields of Node types), and decoded on the way in (arguments, input fields and entity
 * representations), here, once for every subgraph.
 */
/**
 * A subgraph's own `Node` interface class: type-graphql adds every class implementing an interface
 * class to a schema that uses it, so subgraphs built in one process (composition, tests) must not
 * share one. Each subgraph makes it once, in its graphql/ folder.
 */
export function nodeInterface() {
  @InterfaceType("Node", {
    description: "An object with a global id: fetch it again with Query.node(id:)",
    resolveType: (value: { __typename?: unknown }) => (isNodeType(value.__typename) ? value.__typename : undefined),
  })
  abstract class Node {
    @Field(() => ID, { description: "Global and opaque; the same object always has the same id" })
    id!: string;
  }
  return Node;
}

/** What an `ID` argument names: one Node type, or any (`node(id:)`), which stays undecoded. */
export type IdTarget = NodeType | "Node";

const NODE_ID = "nodeId";
export const NODE_ID_DIRECTIVE_SDL = `directive @${NODE_ID}(type: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION`;

/**
 * On every `ID` argument and input field: the type of object it names. The input hygiene refuses
 * an id of another type (BAD_USER_INPUT, as a malformed one), and the resolver receives the raw
 * UUID whether the client sent it or its global id. On an output `ID` field other than a Node's
 * own `id` (`OrderStatusChange.by`): the field's raw UUID goes out as that type's global id.
 */
export function NodeId(type: IdTarget) {
  return Directive(`@${NODE_ID}(type: "${type}")`);
}

/** The `@nodeId` type of an argument or input field; undefined when it has none. */
export function idTarget(
  input: GraphQLArgument | GraphQLInputField | GraphQLField<unknown, unknown>,
): IdTarget | undefined {
  const directive = input.astNode?.directives?.find((node: ConstDirectiveNode) => node.name.value === NODE_ID);
  const type = directive?.arguments?.find((argument) => argument.name.value === "type")?.value;
  if (!type || type.kind !== Kind.STRING) return undefined;
  const value = valueFromASTUntyped(type);
  return value === "Node" || isNodeType(value) ? value : undefined;
}

const isIdScalar = (type: GraphQLInputType) => isScalarType(type) && type.name === "ID";

function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsId(type.ofType, seen);
  if (isIdScalar(type)) return true;
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => holdsId(field.type, seen));
}

/** Every `ID` argument and input field must say what it names; a build fails on one that does not. */
export function assertIdTargets(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (idAt(arg.type) && !idTarget(arg)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (idAt(field.type) && !idTarget(field)) missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  if (missing.length > 0) throw new Error(`ID inputs without @NodeId(type): ${missing.join(", ")}`);
}

/** Whether `type` is an ID itself (or a list of them), not an input object holding one. */
function idAt(type: GraphQLInputType): boolean {
  if (isNonNullType(type) || isListType(type)) return idAt(type.ofType);
  return isIdScalar(type);
}

/** `value` with every id of a typed `ID` argument or input field as its raw UUID. */
function decodeValue(value: unknown, type: GraphQLInputType, target: IdTarget | undefined): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return decodeValue(value, type.ofType, target);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item) => decodeValue(item, type.ofType, target))
      : decodeValue(value, type.ofType, target);
  }
  if (isIdScalar(type)) {
    if (!target || target === "Node") return value;
    // The input hygiene refused it before execution; this is the last guard before SQL.
    const uuid = uuidOf(value, target);
    if (uuid === undefined) throw badUserInput("Not a valid id");
    return uuid;
  }
  if (isInputObjectType(type) && typeof value === "object") {
    const decoded: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const field of Object.values(type.getFields())) {
      if (field.name in decoded && holdsId(field.type)) {
        decoded[field.name] = decodeValue(decoded[field.name], field.type, idTarget(field));
      }
    }
    return decoded;
  }
  return value;
}

type Resolve = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Wraps, in `resolvers` (type-graphql's map of `schema`), every field with an `ID` argument so its
 * resolver and subscribe function see raw UUIDs, and every `id` field of a Node type so clients
 * see global ids (stubs of other subgraphs' types included: a key the gateway reads from here is
 * the id a client gets).
 */
export function applyGlobalIds(schema: GraphQLSchema, resolvers: ResolverMap): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const typeResolvers = (resolvers[type.name] ??= {});
    for (const field of Object.values(type.getFields())) {
      const idArgs = field.args.filter((arg) => holdsId(arg.type));
      if (idArgs.length === 0) continue;
      const decodeArgs = (args: Record<string, unknown>) => {
        const decoded = { ...args };
        for (const arg of idArgs) {
          if (arg.name in decoded) decoded[arg.name] = decodeValue(decoded[arg.name], arg.type, idTarget(arg));
        }
        return decoded;
      };
      const current = typeResolvers[field.name];
      if (typeof current === "function") {
        const resolve = current as Resolve;
        typeResolvers[field.name] = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) =>
          resolve(source, decodeArgs(args), context, info);
      } else if (current && typeof current === "object") {
        const { subscribe, resolve } = current as { subscribe?: Resolve; resolve?: Resolve };
        typeResolvers[field.name] = {
          ...current,
          ...(subscribe && {
            subscribe: (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) =>
              subscribe(source, decodeArgs(args), context, info),
          }),
          ...(resolve && {
            resolve: (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) =>
              resolve(source, decodeArgs(args), context, info),
          }),
        };
      }
    }
    for (const field of Object.values(type.getFields())) {
      const target = field.name === "id" && isNodeType(type.name) ? type.name : idTarget(field);
      if (!target || target === "Node") continue;
      const current = typeResolvers[field.name] as Resolve | undefined;
      const name = field.name;
      typeResolvers[name] = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
        const value = current ? current(source, args, context, info) : (source as Record<string, unknown>)[name];
        return value instanceof Promise ? value.then((id) => encoded(target, id)) : encoded(target, value);
      };
    }
  }
}

function encoded(type: NodeType, id: unknown): unknown {
  return typeof id === "string" ? globalIdOf(type, id) : id;
}

/**
 * `referenceResolvers` with each Node type's key decoded first: a representation may carry the
 * global id (what clients and other subgraphs see) or a raw UUID; one naming another type, or
 * nothing valid, resolves to null without asking the subgraph.
 */
export function decodeReferences<T extends Record<string, { __resolveReference(...args: never[]): unknown }>>(
  referenceResolvers: T,
): T {
  const decoded: Record<string, { __resolveReference(...args: never[]): unknown }> = {};
  for (const [typeName, resolver] of Object.entries(referenceResolvers)) {
    if (!isNodeType(typeName)) {
      decoded[typeName] = resolver;
      continue;
    }
    const resolve = resolver.__resolveReference.bind(resolver) as (reference: object, ...rest: unknown[]) => unknown;
    decoded[typeName] = {
      ...resolver,
      __resolveReference(reference: { id?: unknown }, ...rest: unknown[]) {
        const uuid = uuidOf(reference.id, typeName);
        return uuid === undefined ? null : resolve({ ...reference, id: uuid }, ...rest);
      },
    } as never;
  }
  return decoded as T;
}
