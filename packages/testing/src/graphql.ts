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
 * Posts one GraphQL operation and returns status, body and headers. It is signed with the test
 * secret as the gateway signs what it sends a subgraph (the gateway ignores the signature).
 */
export async function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
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
  const result = (await response.json()) as { data?: T | null; errors?: GraphQLResponse["errors"] };
  return { status: response.status, headers: response.headers, ...result };
}

/** A client bound to one URL and, optionally, one user's token. */
export function graphqlClient(url: string, token?: string) {
  return <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(url, query, variables, { token });
}

/** The data of a response that must have succeeded; fails with its errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
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
