import type { CodegenConfig } from "@graphql-codegen/cli";
import type { Types } from "@graphql-codegen/plugin-helpers";
import { Kind, visit, type ASTNode, type SelectionSetNode } from "graphql";

/**
 * Adds `__typename` where Apollo Client's cache adds it before sending (every selection set but an
 * operation's own), so a persisted document is exactly what the client would have sent and its
 * answers normalize. The client then finds nothing to add and sends the generated document
 * unchanged, the hash it carries included.
 */
const addTypenameAsApolloClientDoes: Types.DocumentTransformObject = {
  transform: ({ documents }) =>
    documents.map((source) => ({
      ...source,
      document:
        source.document &&
        visit(source.document, {
          SelectionSet(node: SelectionSetNode, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
            if (!parent || Array.isArray(parent)) return undefined;
            const owner = parent as ASTNode;
            if (owner.kind === Kind.OPERATION_DEFINITION) return undefined;
            if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"))) return undefined;
            if (owner.kind === Kind.FIELD && owner.directives?.some((d) => d.name.value === "export")) return undefined;
            const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } } as const;
            return { ...node, selections: [...node.selections, typename] };
          },
        }),
    })),
};

/**
 * Typed documents from the operations in `src/**\/*.graphql`: the shop's against the storefront
 * schema (what its anonymous and customer callers may use), the admin's against the whole API.
 * Separate outputs also keep the admin's documents in the admin's lazy chunk, not the storefront's,
 * and the shop's `*.lazy.graphql` documents (against the storefront schema, in src/gql/lazy/) in
 * the lazy routes' chunks: one output is one module, and the shop's lands whole in the initial
 * JavaScript, since its entry imports it.
 *
 * Each output also writes `persisted-documents.json`, the manifest of its documents by SHA-256
 * (`"sha256:<hex>": document`) that the gateway loads at start, and each generated document carries
 * its hash (`__meta__.hash`), which the shop sends instead of the document (src/apollo/persisted-link.ts).
 */
const output = {
  preset: "client",
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    nonOptionalTypename: true,
    skipTypeNameForRoot: true,
    defaultScalarType: "unknown",
    scalars: { DateTimeISO: "string", Decimal: "string" },
  },
} as const;

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    "src/gql/shop/": {
      ...output,
      documentTransforms: [addTypenameAsApolloClientDoes],
      schema: "../schema/storefront.graphql",
      documents: ["src/**/*.graphql", "!src/admin/**", "!src/**/*.lazy.graphql"],
    },
    "src/gql/lazy/": {
      ...output,
      documentTransforms: [addTypenameAsApolloClientDoes],
      schema: "../schema/storefront.graphql",
      documents: ["src/**/*.lazy.graphql", "!src/admin/**"],
    },
    "src/gql/admin/": {
      ...output,
      documentTransforms: [addTypenameAsApolloClientDoes],
      schema: "../schema/api.graphql",
      documents: ["src/admin/**/*.graphql"],
    },
  },
};

export default config;
