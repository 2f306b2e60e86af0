import { session } from "../auth/session";

/** What POST /media answers for an upload: the id addProductMedia takes. */
export interface Upload {
  id: string;
  width: number;
  height: number;
}

/** Image types the shop takes; the server decodes the bytes to be sure, so this only spares a useless upload. */
export const ACCEPTED_IMAGES = "image/jpeg,image/png,image/webp,image/avif,image/gif";

/**
 * Sends one image to the gateway's `POST /media` as the raw body, with the admin's access token.
 * Throws an Error with the server's message (not an image, too large, not allowed).
 */
export async function uploadImage(file: Blob, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<Upload> {
  const token = await session.accessToken();
  const response = await fetcher("/media", {
    method: "POST",
    headers: {
      "content-type": file.type || "application/octet-stream",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as Partial<Upload> & { errors?: { message: string }[] };
  if (!response.ok || !body.id) throw new Error(body.errors?.[0]?.message ?? `The upload failed (${response.status})`);
  return body as Upload;
}
