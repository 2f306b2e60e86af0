import { readFileSync } from "node:fs";
import type { ProblemList } from "@shopgraph/kernel";
import { buildSchema, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import type { PartnerAppErrorCode } from "../domain/errors.js";

/**
 * The public API schema (`schema/api.graphql`, what `npm run compose` writes and clients see),
 * read and built on first use: what partner apps' registered operations are validated against.
 * A release ships the file with its code, so it is the API this release's gateway serves.
 */
export function apiSchemaFrom(path: string): () => GraphQLSchema {
  let schema: GraphQLSchema | undefined;
  return () => (schema ??= buildSchema(readFileSync(path, "utf8")));
}

/**
 * A document an app may register: at most `maxBytes` bytes of UTF-8, exactly one operation and
 * it named (the name is what lists and usage show), no other definitions but its fragments, and
 * valid against the API schema as it is now (a document that cannot run is refused here, not on
 * its first request). Returns the operation's name, or reports INVALID_DOCUMENT / DOCUMENT_TOO_LARGE.
 */
export function checkOperationDocument(
  document: string,
  schema: GraphQLSchema,
  maxBytes: number,
  problems: ProblemList<PartnerAppErrorCode>,
  field: readonly string[] = ["input", "document"],
): string | undefined {
  const bytes = Buffer.byteLength(document, "utf8");
  if (bytes > maxBytes) {
    problems.add(
      "DOCUMENT_TOO_LARGE",
      `A registered document is at most ${maxBytes} bytes (this one is ${bytes})`,
      field,
    );
    return undefined;
  }
  let parsed: DocumentNode;
  try {
    // Bounded: at most maxBytes of text, and a token limit against pathological nesting.
    parsed = parse(document, { noLocation: true, maxTokens: 10_000 });
  } catch (error) {
    problems.add("INVALID_DOCUMENT", `The document does not parse: ${(error as Error).message}`, field);
    return undefined;
  }
  const operations = parsed.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0]?.name) {
    problems.add("INVALID_DOCUMENT", "Register one named operation per document (its fragments may come along)", field);
    return undefined;
  }
  const errors = validate(schema, parsed, undefined, { maxErrors: 10 });
  if (errors.length > 0) {
    problems.add("INVALID_DOCUMENT", `The document is not valid against the API: ${errors[0]?.message}`, field);
    return undefined;
  }
  return operations[0].name.value;
}
