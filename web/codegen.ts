import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the operations in `src/**\/*.graphql`, against the public API schema.
 * Two outputs so that the admin's documents land in the admin's lazy chunk, not the storefront's.
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
    scalars: { DateTimeISO: "string" },
  },
} as const;

const config: CodegenConfig = {
  schema: "../schema/api.graphql",
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    "src/gql/shop/": { ...output, documents: ["src/**/*.graphql", "!src/admin/**"] },
    "src/gql/admin/": { ...output, documents: ["src/admin/**/*.graphql"] },
  },
};

export default config;
