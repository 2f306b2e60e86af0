import type { IncomingMessage } from "node:http";
import { HttpError, type GraphQLHttpRequest } from "@shopgraph/platform";
import { PersistedRefusal, type PersistedDocuments, type ResolvedRequest } from "./documents.js";
import type { Caller } from "./policy.js";

/** What the request's context learns of its persisted document (the plugin registers APQ from it). */
export type PersistedOutcome = Pick<ResolvedRequest, "persisted" | "register">;

/** Apollo's answer to an unknown hash may not be cached: the client registers it next. */
const NOT_FOUND_HEADERS = { "cache-control": "private, no-cache, must-revalidate" };

/**
 * The HTTP side of persisted documents (graphqlRoute's `prepare`): reads the hash from a POST body
 * (`documentId`, `extensions.persistedQuery`) or a GET query string (the same names, `extensions`
 * as JSON), puts the document in its place for Apollo, or refuses the request.
 */
export function persistedHttp(
  documents: PersistedDocuments,
  callerOf: (req: IncomingMessage) => Caller | Promise<Caller>,
) {
  const outcomes = new WeakMap<IncomingMessage, PersistedOutcome>();

  async function prepare(req: IncomingMessage, request: GraphQLHttpRequest): Promise<GraphQLHttpRequest> {
    try {
      if (request.method === "POST") {
        // A batch, or anything but an object, is Apollo's to refuse.
        if (typeof request.body !== "object" || request.body === null || Array.isArray(request.body)) return request;
        const { documentId, ...body } = request.body as Record<string, unknown>;
        const resolved = await documents.resolve(
          { query: body["query"], documentId, extensions: body["extensions"] },
          await callerOf(req),
        );
        if (!remember(req, resolved)) return request;
        const { extensions: _, ...rest } = body;
        const extensions = resolved.extensions ? { extensions: resolved.extensions } : {};
        return { ...request, body: { ...rest, query: resolved.query, ...extensions } };
      }
      const search = new URLSearchParams(request.search);
      const extensions = parseJson(search.get("extensions"));
      const resolved = await documents.resolve(
        { query: search.get("query") ?? undefined, documentId: search.get("documentId") ?? undefined, extensions },
        await callerOf(req),
      );
      if (!remember(req, resolved)) return request;
      search.delete("documentId");
      search.set("query", resolved.query as string);
      if (resolved.extensions) search.set("extensions", JSON.stringify(resolved.extensions));
      else search.delete("extensions");
      return { ...request, search };
    } catch (error) {
      if (!(error instanceof PersistedRefusal)) throw error;
      throw new HttpError(error.status, error.code, error.message, {}, error.status === 200 ? NOT_FOUND_HEADERS : {});
    }
  }

  /** False when the request named no hash: it goes on as it came. */
  function remember(req: IncomingMessage, resolved: ResolvedRequest): boolean {
    if (!resolved.persisted) return false;
    outcomes.set(req, { persisted: resolved.persisted, register: resolved.register });
    return true;
  }

  return { prepare, outcomeOf: (req: IncomingMessage) => outcomes.get(req) };
}

/** `extensions` of a GET; what does not parse is left for Apollo to refuse. */
function parseJson(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
