/**
 * Which public schema elements lack a description. A client reads the API through introspection
 * (GraphiQL, /docs, generated types): every type, field, argument, input field and enum value it
 * can see says what it means there, not in a page beside it. `npm run schema:descriptions` prints
 * the coverage; scripts/test/schema-descriptions.test.ts fails on any gap.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isTypeDefinitionNode,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

export type ElementKind = "type" | "field" | "argument" | "inputField" | "enumValue";

export const ELEMENT_KINDS: readonly ElementKind[] = ["type", "field", "argument", "inputField", "enumValue"];

export interface Coverage {
  /** Per kind: how many elements there are and how many have a description. */
  counts: Record<ElementKind, { described: number; total: number }>;
  /** Schema coordinates of the elements without one (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`). */
  undescribed: { coordinate: string; kind: ElementKind }[];
}

/**
 * The root operation types are the schema's entry points, named by the spec; their fields carry
 * the descriptions (type-graphql gives the roots none to set).
 */
function isRootType(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type as never);
}

const described = (description: string | null | undefined) => (description ?? "").trim().length > 0;

/** Every public element of `schema` (built-ins and introspection left out) and whether it is described. */
export function descriptionCoverage(schema: GraphQLSchema): Coverage {
  const counts = Object.fromEntries(
    ELEMENT_KINDS.map((kind) => [kind, { described: 0, total: 0 }]),
  ) as Coverage["counts"];
  const undescribed: Coverage["undescribed"] = [];
  const visit = (kind: ElementKind, coordinate: string, description: string | null | undefined) => {
    counts[kind].total += 1;
    if (described(description)) counts[kind].described += 1;
    else undescribed.push({ coordinate, kind });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!isRootType(schema, type)) visit("type", type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit("field", `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) visit("argument", `${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        visit("inputField", `${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) visit("enumValue", `${type.name}.${value.name}`, value.description);
    }
  }
  undescribed.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
  return { counts, undescribed };
}

export function descriptionCoverageOfSdl(sdl: string): Coverage {
  return descriptionCoverage(buildSchema(sdl));
}

/** One line per kind, "fields 294/294", then the total. */
export function formatCounts(coverage: Coverage): string {
  let described = 0;
  let total = 0;
  const lines = ELEMENT_KINDS.map((kind) => {
    const count = coverage.counts[kind];
    described += count.described;
    total += count.total;
    return `  ${kind.padEnd(10)} ${count.described}/${count.total}`;
  });
  return [...lines, `  ${"all".padEnd(10)} ${described}/${total}`].join("\n");
}

/**
 * The subgraphs that define each coordinate, from the supergraph's `@join__type` and
 * `@join__field` (an argument or enum value belongs to its field's or type's subgraphs): a gap
 * report then says whose code to fix.
 */
export function definingSubgraphs(supergraphSdl: string): Map<string, string[]> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const name = stringArgument(
        value.directives?.find((d) => d.name.value === "join__graph"),
        "name",
      );
      if (name) graphNames.set(value.name.value, name);
    }
  }
  const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, directive: string): string[] =>
    (directives ?? [])
      .filter((d) => d.name.value === directive)
      .map((d) => d.arguments?.find((a) => a.name.value === "graph")?.value)
      .flatMap((value) => (value?.kind === Kind.ENUM ? [graphNames.get(value.value) ?? value.value] : []));
  const owners = new Map<string, string[]>();
  const unique = (names: string[]) => [...new Set(names)].sort();
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition)) continue;
    const typeName = definition.name.value;
    const typeOwners = unique(graphsOf(definition.directives, "join__type"));
    owners.set(typeName, typeOwners);
    if ("fields" in definition) {
      for (const field of definition.fields ?? []) {
        const joined = graphsOf(field.directives, "join__field");
        const fieldOwners = joined.length > 0 ? unique(joined) : typeOwners;
        owners.set(`${typeName}.${field.name.value}`, fieldOwners);
        for (const arg of "arguments" in field ? (field.arguments ?? []) : []) {
          owners.set(`${typeName}.${field.name.value}(${arg.name.value}:)`, fieldOwners);
        }
      }
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      for (const value of definition.values ?? []) {
        const joined = graphsOf(value.directives, "join__enumValue");
        owners.set(`${typeName}.${value.name.value}`, joined.length > 0 ? unique(joined) : typeOwners);
      }
    }
  }
  return owners;
}

function stringArgument(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** "  Query.foo (field, orders)" per undescribed element. */
export function formatUndescribed(coverage: Coverage, owners = new Map<string, string[]>()): string {
  return coverage.undescribed
    .map(({ coordinate, kind }) => {
      const where = owners.get(coordinate);
      return `  ${coordinate} (${kind}${where?.length ? `, ${where.join(" + ")}` : ""})`;
    })
    .join("\n");
}

/** What `@apollo/subgraph` and `@link` add to every subgraph: `_entities`, `_Any`, `link__Import`... */
function isFederationMachinery(coordinate: string): boolean {
  const [typeName = "", member = ""] = coordinate.split(".");
  return typeName.startsWith("_") || typeName.includes("__") || member.startsWith("_");
}

/**
 * The undescribed elements of one subgraph's schema (as `buildSubgraphSchema` serves it) that
 * matter: federation's machinery is left out, and so is what the composed API describes already
 * (an entity stub such as orders' `Product { id }` gets its owner's descriptions). What is left is
 * this subgraph's own, the `@inaccessible` parts the API never shows included.
 */
export function subgraphGaps(subgraphSchema: GraphQLSchema, api: GraphQLSchema): Coverage["undescribed"] {
  const undescribedInApi = new Set(descriptionCoverage(api).undescribed.map(({ coordinate }) => coordinate));
  const describedInApi = (coordinate: string) => existsIn(api, coordinate) && !undescribedInApi.has(coordinate);
  return descriptionCoverage(subgraphSchema).undescribed.filter(
    ({ coordinate }) => !isFederationMachinery(coordinate) && !describedInApi(coordinate),
  );
}

/** Whether `coordinate` names an element of `schema`. */
function existsIn(schema: GraphQLSchema, coordinate: string): boolean {
  const match = /^([^.]+)(?:\.([^(]+)(?:\(([^:]+):\))?)?$/.exec(coordinate);
  if (!match) return false;
  const [, typeName = "", member, arg] = match;
  const type = schema.getType(typeName);
  if (!type) return false;
  if (!member) return true;
  if (isEnumType(type)) return type.getValue(member) !== undefined;
  if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return false;
  const field = type.getFields()[member];
  if (!field) return false;
  return arg === undefined || ("args" in field && field.args.some((a) => a.name === arg));
}
