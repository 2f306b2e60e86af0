import type { ApqStore } from "./apq-store.js";
import {
  SHA256_HEX,
  sha256Hex,
  type AppOperations,
  type PersistedOperation,
  type PersistedOperations,
  type PersistedSource,
} from "./operations.js";
import { mayRunDocuments, mayRunSessionDocument, type Caller, type OperationsMode } from "./policy.js";

/** The codes a refused persisted request is answered with (`extensions.code`). */
export const PersistedErrorCode = {
  /** No document under this hash (for this caller): send the document with its hash (APQ). */
  NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** This caller may run persisted documents only: no document of its own, no APQ registration. */
  REQUIRED: "PERSISTED_QUERY_REQUIRED",
  /** The hash sent is not the SHA-256 of the document sent. */
  HASH_MISMATCH: "PERSISTED_QUERY_HASH_MISMATCH",
  BAD_REQUEST: "BAD_REQUEST",
} as const;
export type PersistedErrorCode = (typeof PersistedErrorCode)[keyof typeof PersistedErrorCode];

/**
 * How a request's document was found (`shop`, `app`, `apq`), sent (`document`: whole; `registered`:
 * whole with its hash, for APQ), or refused (the code).
 */
export type PersistedOutcomeLabel = PersistedSource | "document" | "registered" | PersistedErrorCode;

/** A request refused before Apollo sees it (HTTP status and the error's code). */
export class PersistedRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: PersistedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The parts of a GraphQL request persisted documents are about, as sent (unchecked). */
export interface PersistedRequest {
  query: unknown;
  /** GraphQL-over-HTTP persisted documents: `"sha256:<hex>"`. */
  documentId: unknown;
  extensions: unknown;
}

/** What runs: the document (`query`) and the extensions without `persistedQuery`. */
export interface ResolvedRequest {
  query: unknown;
  extensions: Record<string, unknown> | undefined;
  /** Set when the document came by hash (or was registered): its hash and where it came from. */
  persisted?: { hash: string; source: PersistedSource | "request" };
  /** An APQ registration to store once the operation has validated. */
  register?: { hash: string; document: string };
}

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/**
 * Turns a request that names its document by hash into one that carries the document, and
 * enforces OPERATIONS: which callers may send documents of their own (and so register them by
 * APQ, which would otherwise be a way around the rule). Hashes are looked up in the trusted
 * sources first (the caller's app's registered operations, the shop's manifest), then, for callers
 * that may send documents anyway, in the APQ store.
 */
export class PersistedDocuments {
  constructor(
    readonly mode: OperationsMode,
    private readonly shop: PersistedOperations,
    private readonly apq: ApqStore,
    private readonly apps?: AppOperations,
    /** Told how each request went: where its document came from, or the code that refused it. */
    private readonly count: (outcome: PersistedOutcomeLabel) => void = () => undefined,
  ) {}

  async resolve(request: PersistedRequest, caller: Caller): Promise<ResolvedRequest> {
    try {
      const resolved = await this.resolveRequest(request, caller);
      if (resolved.persisted) {
        const { source } = resolved.persisted;
        this.count(source === "request" ? (resolved.register ? "registered" : "document") : source);
      } else if (request.query !== undefined) {
        this.count("document");
      }
      return resolved;
    } catch (error) {
      if (error instanceof PersistedRefusal) this.count(error.code);
      throw error;
    }
  }

  private async resolveRequest(request: PersistedRequest, caller: Caller): Promise<ResolvedRequest> {
    const extensions = isObject(request.extensions) ? request.extensions : undefined;
    const hash = hashOf(request.documentId, extensions?.["persistedQuery"]);
    const { persistedQuery: _, ...otherExtensions } = extensions ?? {};
    const rest = extensions && Object.keys(otherExtensions).length > 0 ? otherExtensions : undefined;
    const documents = mayRunDocuments(this.mode, caller);

    if (hash === undefined) {
      if (request.query === undefined || documents) return { query: request.query, extensions: rest };
      // A safelisted app may send one of its registered documents whole: the exact text, by its hash.
      if (caller.app && typeof request.query === "string") {
        const own = await this.apps?.lookup(caller.app.id, sha256Hex(request.query), caller.app.accessVersion);
        if (own) return resolved(own, rest);
      }
      if (typeof request.query === "string" && mayRunSessionDocument(this.mode, caller, request.query)) {
        return { query: request.query, extensions: rest };
      }
      throw required("This endpoint runs persisted documents only");
    }
    // A hash with an empty query is hash-only too: graphql-ws requires `query` to be a string.
    if (request.query !== undefined && request.query !== null && request.query !== "") {
      if (typeof request.query !== "string") throw badRequest("query must be a string");
      if (sha256Hex(request.query) !== hash) {
        throw new PersistedRefusal(400, PersistedErrorCode.HASH_MISMATCH, "provided sha does not match query");
      }
      const trusted = await this.trusted(hash, caller);
      if (trusted) return resolved(trusted, rest);
      if (!documents) throw required("Registering persisted documents is refused: this endpoint runs known ones only");
      const register = extensions?.["persistedQuery"] !== undefined ? { hash, document: request.query } : undefined;
      return { query: request.query, extensions: rest, persisted: { hash, source: "request" }, register };
    }
    const found = (await this.trusted(hash, caller)) ?? (documents ? await this.apq.lookup(hash) : undefined);
    if (!found) throw new PersistedRefusal(200, PersistedErrorCode.NOT_FOUND, "PersistedQueryNotFound");
    return resolved(found, rest);
  }

  /** Stores an APQ registration (called once its operation validated). */
  register(registration: { hash: string; document: string }): Promise<boolean> {
    return this.apq.register(registration.hash, registration.document);
  }

  private async trusted(hash: string, caller: Caller): Promise<PersistedOperation | undefined> {
    if (caller.app) {
      const own = await this.apps?.lookup(caller.app.id, hash, caller.app.accessVersion);
      if (own || caller.app.safelistedOnly) return own;
    }
    return this.shop.lookup(hash);
  }
}

function resolved(operation: PersistedOperation, extensions: Record<string, unknown> | undefined): ResolvedRequest {
  return { query: operation.document, extensions, persisted: { hash: operation.hash, source: operation.source } };
}

/** The hash a request names, from `documentId` or APQ's `persistedQuery` (both must agree). */
function hashOf(documentId: unknown, persistedQuery: unknown): string | undefined {
  let fromId: string | undefined;
  if (documentId !== undefined && documentId !== null) {
    const match = typeof documentId === "string" ? DOCUMENT_ID.exec(documentId) : null;
    if (!match) throw badRequest('documentId must be "sha256:" and 64 lowercase hex digits');
    fromId = match[1];
  }
  let fromApq: string | undefined;
  if (persistedQuery !== undefined && persistedQuery !== null) {
    if (!isObject(persistedQuery)) throw badRequest("extensions.persistedQuery must be an object");
    if (persistedQuery["version"] !== 1) throw badRequest("Unsupported persisted query version");
    const sha = persistedQuery["sha256Hash"];
    if (typeof sha !== "string" || !SHA256_HEX.test(sha)) {
      throw badRequest("extensions.persistedQuery.sha256Hash must be 64 lowercase hex digits");
    }
    fromApq = sha;
  }
  if (fromId !== undefined && fromApq !== undefined && fromId !== fromApq) {
    throw badRequest("documentId and extensions.persistedQuery name different documents");
  }
  return fromId ?? fromApq;
}

const required = (message: string) => new PersistedRefusal(403, PersistedErrorCode.REQUIRED, message);
const badRequest = (message: string) => new PersistedRefusal(400, PersistedErrorCode.BAD_REQUEST, message);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
