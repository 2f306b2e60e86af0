import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ApolloLink } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { Client, SubscribePayload } from "graphql-ws";
import { firstValueFrom } from "rxjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApolloClient } from "../src/apollo/client";
import { documentIdOf, persistedDocumentsLink } from "../src/apollo/persisted-link";
import { hashOnly } from "../src/apollo/ws-link";
import { Session } from "../src/auth/session";
import { describeError } from "../src/lib/errors";
import * as admin from "../src/gql/admin/graphql";
import * as lazy from "../src/gql/lazy/graphql";
import * as shop from "../src/gql/shop/graphql";

const SRC = resolve(import.meta.dirname, "../src");

/** What the gateway loads: `sha256:<hex>` to document, every manifest of the shop. */
const manifest: Record<string, string> = Object.assign(
  {},
  ...["shop", "admin", "lazy"].map((part) =>
    JSON.parse(readFileSync(join(SRC, `gql/${part}/persisted-documents.json`), "utf8")),
  ),
);

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** Every operation the shop can send: the generated documents (the source has no other, see below). */
const operations = Object.entries({ ...shop, ...admin, ...lazy })
  .filter(([name, value]) => name.endsWith("Document") && typeof value === "object" && value !== null)
  .map(([name, value]) => ({ name, document: value as DocumentNode }))
  .filter(({ document }) => operationOf(document) !== undefined);

interface SentBody {
  query?: string;
  operationName?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** The shop's Apollo Client, signed out, over a fetch that records each body and answers `answer`. */
function shopClient(answer: (body: SentBody) => object | Response = () => ({ data: null })) {
  const sent: SentBody[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as SentBody;
      sent.push(body);
      const answered = answer(body);
      return answered instanceof Response ? answered : Response.json(answered);
    }),
  );
  const session = new Session({ endpoint: "/graphql/session", fetch: () => Promise.reject(new Error("no session")) });
  return { client: createApolloClient(session), sent };
}

afterEach(() => vi.unstubAllGlobals());

describe("the shop's persisted documents", () => {
  it("has a manifest entry for every operation, whose hash is its document's SHA-256", () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const { name, document } of operations) {
      const id = documentIdOf(document);
      expect(id, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      const text = manifest[id!];
      expect(text, name).toBeDefined();
      expect(`sha256:${createHash("sha256").update(text!).digest("hex")}`).toBe(id);
      expect(text).toContain(operationOf(document)!.name!.value);
    }
  });

  it("sends every query and mutation by its hash alone, through the shop's own Apollo Client", async () => {
    const { client, sent } = shopClient();
    for (const { name, document } of operations) {
      const operation = operationOf(document)!.operation;
      if (operation === OperationTypeNode.SUBSCRIPTION) continue;
      const request = { variables: {}, fetchPolicy: "no-cache" as const };
      const done =
        operation === OperationTypeNode.QUERY
          ? client.query({ query: document, ...request })
          : client.mutate({ mutation: document, ...request });
      await done.catch(() => undefined);
      const body = sent.at(-1);
      expect(body?.operationName, name).toBe(operationOf(document)!.name!.value);
      expect(body?.query, name).toBeUndefined();
      expect(`sha256:${body?.extensions?.persistedQuery?.sha256Hash}`, name).toBe(documentIdOf(document));
      expect(manifest[`sha256:${body?.extensions?.persistedQuery?.sha256Hash}`], name).toBeDefined();
    }
  });

  it("sends subscriptions by hash over the websocket: an empty query and the hash", async () => {
    const payloads: SubscribePayload[] = [];
    const client = {
      subscribe: (payload: SubscribePayload, sink: { complete(): void }) => {
        payloads.push(payload);
        sink.complete();
        return () => undefined;
      },
    } as unknown as Client;
    const link = ApolloLink.from([persistedDocumentsLink(), new GraphQLWsLink(hashOnly(client))]);
    const subscriptions = operations.filter(({ document }) => operationOf(document)!.operation === "subscription");
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const { document } of subscriptions) {
      await firstValueFrom(ApolloLink.execute(link, { query: document, variables: {} }, { client: {} as never }), {
        defaultValue: undefined,
      });
      expect(payloads.at(-1)).toMatchObject({
        query: "",
        extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf(document)!.slice("sha256:".length) } },
      });
    }
  });

  it("sends a document whole, once, when the gateway does not know its hash", async () => {
    const { client, sent } = shopClient((body) =>
      body.query === undefined
        ? { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] }
        : { data: { me: null } },
    );
    const result = await client.query({ query: shop.MeDocument, fetchPolicy: "no-cache" });
    expect(result.data).toEqual({ me: null });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.query).toContain("query Me");
    expect(sent[1]?.extensions?.persistedQuery).toBeUndefined();
  });

  it("asks the shopper to reload when the gateway knows neither the hash nor takes the document (another release)", async () => {
    const { client, sent } = shopClient((body) =>
      body.query === undefined
        ? { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] }
        : new Response(
            JSON.stringify({
              errors: [{ message: "persisted only", extensions: { code: "PERSISTED_QUERY_REQUIRED" } }],
            }),
            { status: 403, headers: { "content-type": "application/graphql-response+json; charset=utf-8" } },
          ),
    );
    const error = await client.query({ query: shop.MeDocument, fetchPolicy: "no-cache" }).catch((e: unknown) => e);
    expect(sent).toHaveLength(2);
    expect(describeError(error)).toBe("The shop was updated since this page loaded. Please reload the page.");
  });

  it("has no GraphQL document in its source but the generated ones", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) return entry === "gql" ? [] : files(path);
        return /\.tsx?$/.test(entry) ? [path] : [];
      });
    for (const file of files(SRC)) {
      const source = readFileSync(file, "utf8");
      expect(source, file).not.toMatch(/\bgql`|\bgraphql\(`|from "graphql-tag"/);
    }
  });
});
