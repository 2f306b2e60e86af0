import type { IncomingHttpHeaders } from "node:http";
import { accessTokenViewer, readCookie, type AccessTokenKeys } from "@shopgraph/platform";
import { Kind, parse } from "graphql";
import { apiKeyOf } from "../partner-apps/api-key.js";

/**
 * Which documents the gateway runs (OPERATIONS):
 * - `any`: every caller may send any document (development and tests);
 * - `credentialed`: browsers run only persisted documents (the shop's); other clients may send
 *   documents when they bring credentials (a valid access token), otherwise only persisted ones
 *   and the mutations that get them a credential (`signsInOnly`);
 * - `persisted-only`: every caller runs only persisted documents.
 */
export const operationsModes = ["any", "credentialed", "persisted-only"] as const;
export type OperationsMode = (typeof operationsModes)[number];

/** What the documents policy knows of who sends a request. */
export interface Caller {
  /**
   * A browser sent it: it has an `Origin` or `Sec-Fetch-Site` header (a script in a page cannot
   * remove either) or the session cookie. Anyone else can leave these out, so this restricts
   * browsers only; credentials are what lets a client send documents.
   */
  browser: boolean;
  /** It carries a valid access token, or a partner app's API key (exchanged, or refused, right after). */
  credentialed: boolean;
  /** The partner app it authenticated as; `safelistedOnly` apps run their registered operations only. */
  app?: { id: string; safelistedOnly: boolean; accessVersion?: number };
}

/** Whether this caller may send a document of its own (and register one by APQ). */
export function mayRunDocuments(mode: OperationsMode, caller: Caller): boolean {
  if (caller.app?.safelistedOnly) return false;
  switch (mode) {
    case "any":
      return true;
    case "credentialed":
      return caller.credentialed && !caller.browser;
    case "persisted-only":
      return false;
  }
}

/** What a client without a credential may send to get one (or to end it). */
const SESSION_FIELDS = new Set(["login", "register", "refreshSession", "logout", "__typename"]);

/**
 * Whether an API client without credentials may send this document of its own where
 * OPERATIONS=credentialed: only mutations whose root fields all sign in, sign up, refresh or sign
 * out, so a client can get the token that lets it send the rest. Parsed here, before Apollo, only
 * for such callers; what does not parse is refused like any other document.
 */
export function mayRunSessionDocument(mode: OperationsMode, caller: Caller, query: string): boolean {
  if (mode !== "credentialed" || caller.browser || caller.app?.safelistedOnly) return false;
  try {
    const definitions = parse(query, { noLocation: true }).definitions;
    return definitions.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === "mutation" &&
        definition.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && SESSION_FIELDS.has(selection.name.value),
        ),
    );
  } catch {
    return false;
  }
}

/** Whether request headers come from a browser (see Caller.browser). */
export function fromBrowser(headers: IncomingHttpHeaders): boolean {
  return (
    headers.origin !== undefined || headers["sec-fetch-site"] !== undefined || readCookie(headers.cookie) !== undefined
  );
}

/** The caller of an HTTP request: its credentials are a verified access token. */
export function httpCaller(headers: IncomingHttpHeaders, keys: AccessTokenKeys): Caller {
  let credentialed = false;
  try {
    // A partner's API key is a credential too: the request's context exchanges it (a key that
    // does not work is refused there, 401, before anything runs).
    credentialed = apiKeyOf(headers) !== undefined || accessTokenViewer(keys, headers.authorization).kind === "user";
  } catch {
    // A token that does not verify is no credential (the subgraphs refuse it), nor a malformed key.
  }
  return { browser: fromBrowser(headers), credentialed };
}
