import type { IncomingMessage } from "node:http";
import { hasScope, isAdmin, PartnerScope } from "@shopgraph/kernel";
import { HttpError, readBody, sendJson, type RequestHandler } from "@shopgraph/platform";
import type { Orm, RouteGuard } from "@shopgraph/subgraph";
import { ImageRejected } from "./adapters/image-processor.js";
import { isMediaKey } from "./adapters/media-storage.js";
import { actorOf } from "./graphql/actor.js";
import { uploadImage, type MediaServices } from "./app/media.js";
import { TurnQueueFull } from "./app/upload-turns.js";

export const MEDIA_PATH = "/media";

/** The status each refusal of an image answers with. */
const REJECTION_STATUS: Record<ImageRejected["code"], number> = {
  NOT_AN_IMAGE: 415,
  UNSUPPORTED_IMAGE_FORMAT: 415,
  IMAGE_TOO_LARGE: 413,
  IMAGE_TOO_SMALL: 422,
};

/** Stored renditions never change (their keys are content hashes): every cache may keep them a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * `POST /media`: an ADMIN's (or a CATALOG_WRITE app's) image as the raw body, through the
 * gateway, which signs it. The bytes are sniffed by decoding them, never trusted by their
 * content type; the answer is the upload's id for addProductMedia.
 * `GET /media/<key>`: a stored rendition, for the gateway to serve disk-stored media.
 */
export function mediaRoutes(
  orm: Orm,
  media: MediaServices & { maxUploadBytes: number },
): (guard: RouteGuard) => RequestHandler[] {
  return (guard) => [
    async (req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (path !== MEDIA_PATH && !path.startsWith(`${MEDIA_PATH}/`)) return false;
      try {
        if (req.method === "POST" && path === MEDIA_PATH) {
          const body = await readBody(req, media.maxUploadBytes);
          refuseUnless(guard, req, body);
          const viewer = guard.viewer(req);
          if (viewer.kind === "anonymous") throw new HttpError(401, "UNAUTHENTICATED", "Sign in as an admin to upload");
          if (!isAdmin(viewer) && !hasScope(viewer, PartnerScope.CATALOG_WRITE)) {
            throw new HttpError(403, "FORBIDDEN", "Only admins upload product media");
          }
          const upload = await uploadImage(orm.em.fork(), media, actorOf(viewer), body);
          sendJson(res, 201, {
            id: upload.id,
            width: upload.width,
            height: upload.height,
            widths: upload.widths,
            formats: upload.formats,
          });
          return true;
        }
        if ((req.method === "GET" || req.method === "HEAD") && path.startsWith(`${MEDIA_PATH}/`)) {
          refuseUnless(guard, req, Buffer.alloc(0));
          const key = path.slice(1);
          const stored = isMediaKey(key) ? await media.storage.get(key) : null;
          if (!stored) throw new HttpError(404, "NOT_FOUND", "No such media");
          res.writeHead(200, {
            "content-type": stored.contentType,
            "content-length": stored.bytes.length,
            "cache-control": IMMUTABLE,
            "x-content-type-options": "nosniff",
          });
          res.end(req.method === "HEAD" ? undefined : stored.bytes);
          return true;
        }
        throw new HttpError(405, "METHOD_NOT_ALLOWED", "POST /media uploads; GET /media/<key> reads");
      } catch (error) {
        // A refusal may change with the next try (an upload finished, a token renewed): never cached.
        res.setHeader("cache-control", "no-store");
        if (error instanceof TurnQueueFull) {
          // Uploads already wait their turn; the queue moves in seconds.
          sendJson(res, 503, errorBody("SERVICE_UNAVAILABLE", error.message), { "retry-after": "1" });
        } else if (error instanceof ImageRejected) {
          sendJson(res, REJECTION_STATUS[error.code], errorBody(error.code, error.message));
        } else if (error instanceof HttpError) {
          sendJson(res, error.status, errorBody(error.code, error.message));
        } else if (isGraphQLAuthError(error)) {
          sendJson(res, 401, errorBody("UNAUTHENTICATED", error.message));
        } else {
          throw error;
        }
        return true;
      }
    },
  ];
}

function refuseUnless(guard: RouteGuard, req: IncomingMessage, body: Buffer): void {
  const refused = guard.authenticate(req, body);
  if (refused !== undefined) throw new HttpError(401, "UNAUTHENTICATED", refused);
}

/** A bad or expired access token: viewerFromAuthorization throws a GraphQL error coded UNAUTHENTICATED. */
function isGraphQLAuthError(error: unknown): error is Error {
  return (
    error instanceof Error && (error as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED"
  );
}
