import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { fromGlobalId } from "@shopgraph/kernel";
import { requestPath, signatureHeaders } from "@shopgraph/platform";
import { testKeys } from "./keys.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string | undefined;
  headers?: Record<string, string>;
  /** Sign with another secret (a forger's), or not at all (`false`); the test secret by default. */
  signWith?: string | false;
}

/** Signature headers for a request to a subgraph under test, as the gateway signs its own. */
export function testSignatureHeaders(url: string, method: string, body: string | Buffer = ""): Record<string, string> {
  return signatureHeaders(testKeys().requestSigningSecret, { method, path: requestPath(url), body });
}

/**
 * The arguments after a typed document: its variables (optional when it has no required ones),
 * then the request options.
 */
export type TypedArguments<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: NoInfer<TVariables>, options?: RequestOptions]
    : [variables: NoInfer<TVariables>, options?: RequestOptions];

/** Printed once per document: the generated documents are module constants. */
const printed = new WeakMap<object, string>();
/** The text to send for an operation: a string as it is, a document printed. */
export function queryText(operation: string | TypedDocumentNode<unknown, never>): string {
  if (typeof operation === "string") return operation;
  let text = printed.get(operation);
  if (text === undefined) {
    text = print(operation);
    printed.set(operation, text);
  }
  return text;
}

/**
 * Posts one GraphQL operation and returns status, body and headers. It is signed with the test
 * secret as the gateway signs what it sends a subgraph (the gateway ignores the signature).
 *
 * Give it a document from a test's generated `graphql()` (see codegen.ts) and the data and the
 * variables are typed. A string is for what codegen cannot check: documents that are invalid on
 * purpose (hostile input) and ones built at run time.
 */
export function graphqlRequest<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables>,
  options?: RequestOptions,
): Promise<GraphQLResponse<TData>>;
export function graphqlRequest<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...rest: TypedArguments<TVariables>
): Promise<GraphQLResponse<TData>>;
export function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
): Promise<GraphQLResponse<T>>;
export async function graphqlRequest(
  url: string,
  operation: string | TypedDocumentNode<unknown, never>,
  variables: unknown = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<unknown>> {
  const body = JSON.stringify({ query: queryText(operation), variables: variables ?? {} });
  const secret = options.signWith ?? testKeys().requestSigningSecret;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === false ? {} : signatureHeaders(secret, { method: "POST", path: requestPath(url), body })),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body,
  });
  const result = (await response.json()) as { data?: unknown; errors?: GraphQLResponse["errors"] };
  return { status: response.status, headers: response.headers, ...result };
}

/** Posts operations to one URL, each with its options: typed documents or strings, as graphqlRequest. */
export interface GraphQLRequester {
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: NoInfer<TVariables>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...rest: TypedArguments<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
}

/** Posts operations to one URL as one user (or anonymously): typed documents or strings, as graphqlRequest. */
export interface GraphQLClient {
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: NoInfer<TVariables>,
  ): Promise<GraphQLResponse<TData>>;
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: Record<string, never> extends TVariables
      ? [variables?: NoInfer<TVariables>]
      : [variables: NoInfer<TVariables>]
  ): Promise<GraphQLResponse<TData>>;
  <T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** A client bound to one URL and, optionally, one user's token. */
export function graphqlClient(url: string, token?: string): GraphQLClient {
  return ((operation: string | TypedDocumentNode<unknown, never>, variables: Record<string, unknown> = {}) =>
    graphqlRequest(url, operation as string, variables, { token })) as GraphQLClient;
}

/** graphqlRequest bound to one URL. */
export function graphqlRequester(url: string): GraphQLRequester {
  return ((operation: string, variables?: Record<string, unknown>, options?: RequestOptions) =>
    graphqlRequest(url, operation, variables, options)) as GraphQLRequester;
}

/** The data of a response that must have succeeded; fails with its errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/**
 * A value the schema allows to be null (or a list item that may be missing) that the test
 * expects to be there; fails naming it otherwise.
 */
export function present<T>(value: T | null | undefined, what = "value"): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}

/** The row's UUID behind an id the API answered with (a global id, or already a raw UUID). */
export function rowId(id: string): string {
  return fromGlobalId(id)?.uuid ?? id;
}

/**
 * SQL parameters with every global id as its row's UUID: tests look up rows by the ids the API
 * gave them, and the database keeps raw UUIDs.
 */
export function rowParams(params: readonly unknown[] | undefined): unknown[] | undefined {
  const row = (param: unknown): unknown =>
    typeof param === "string" ? rowId(param) : Array.isArray(param) ? param.map(row) : param;
  return params?.map(row);
}
