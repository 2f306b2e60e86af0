import { ApolloLink } from "@apollo/client";
import type { DocumentNode } from "graphql";
import { Observable, type Subscription } from "rxjs";

const PREFIX = "sha256:";

/**
 * The hash GraphQL Code Generator embedded in a generated document (`persistedDocuments`, see
 * web/codegen.ts), as `documentId` writes it: `sha256:<hex>`. The gateway knows each from the
 * manifest written beside it; a document without one (a test's own) is sent whole.
 */
export function documentIdOf(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" && hash.startsWith(PREFIX) ? hash : undefined;
}

function notFound(result: ApolloLink.Result): boolean {
  return (result.errors ?? []).some((error) => error.extensions?.["code"] === "PERSISTED_QUERY_NOT_FOUND");
}

/**
 * Sends each generated operation by its hash alone (APQ's `extensions.persistedQuery`), over HTTP
 * and the websocket (ws-link.ts sends no text then). Where a gateway does not know the hash (a
 * tab opened before a release that changed the operation), the operation is sent once more whole,
 * without the hash: a gateway that accepts documents from the shop's callers runs it, one that
 * does not (OPERATIONS) says PERSISTED_QUERY_REQUIRED.
 */
export function persistedDocumentsLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const id = documentIdOf(operation.query);
    if (!id) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let attempt = 0;
      let inner: Subscription | undefined;
      const send = () => {
        const current = ++attempt;
        const byHash = current === 1;
        if (byHash) operation.extensions.persistedQuery = { version: 1, sha256Hash: id.slice(PREFIX.length) };
        else delete operation.extensions.persistedQuery;
        operation.setContext(({ http }: { http?: Record<string, unknown> }) => ({
          http: { ...http, includeQuery: !byHash, includeExtensions: true },
        }));
        // Only the latest attempt speaks: the first one's end, after a retry, is nobody's business.
        inner = forward(operation).subscribe({
          next: (result) => {
            if (current !== attempt) return;
            if (byHash && notFound(result)) {
              const first = inner;
              send();
              first?.unsubscribe();
              return;
            }
            observer.next(result);
          },
          error: (error: unknown) => {
            if (current === attempt) observer.error(error);
          },
          complete: () => {
            if (current === attempt) observer.complete();
          },
        });
      };
      send();
      return () => inner?.unsubscribe();
    });
  });
}
