import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the operations in `src/**\/*.graphql`: the shop's against the storefront
 * schema (what its anonymous and customer callers may use), the admin's against the whole API.
 * Two outputs also keep the admin's documents in the admin's lazy chunk, not the storefront's.
 */
const output = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
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
      schema: "../schema/storefront.graphql",
      documents: ["src/**/*.graphql", "!src/admin/**"],
    },
    "src/gql/admin/": { ...output, schema: "../schema/api.graphql", documents: ["src/admin/**/*.graphql"] },
  },
};

export default config;
