/**
 * The browser's refresh token travels in one cookie. The users subgraph sets and reads it; the
 * gateway passes it between the browser and users, and to no other subgraph.
 *
 * Its path is the gateway's `/graphql/session`, an alias of `/graphql` that the shop uses only for
 * `refreshSession` and `logout`: the browser sends the 30-day token with those two requests and
 * with none of the others (catalog queries, the websocket), so it stays out of every other
 * request's headers. httpOnly keeps it from scripts, SameSite=Strict from other sites' requests.
 */
export const SESSION_COOKIE = "shopgraph_refresh";
export const SESSION_COOKIE_PATH = "/graphql/session";

export interface SessionCookieOptions {
  /** Off only for a shop served over plain http://localhost in development. */
  secure: boolean;
}

function attributes({ secure }: SessionCookieOptions, maxAgeSeconds: number): string {
  return [
    `Path=${SESSION_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    "HttpOnly",
    ...(secure ? ["Secure"] : []),
    "SameSite=Strict",
  ].join("; ");
}

/** `Set-Cookie` that hands the browser a refresh token. */
export function sessionCookie(token: string, maxAgeSeconds: number, options: SessionCookieOptions): string {
  return `${SESSION_COOKIE}=${token}; ${attributes(options, maxAgeSeconds)}`;
}

/** `Set-Cookie` that makes the browser forget it. */
export function clearedSessionCookie(options: SessionCookieOptions): string {
  return `${SESSION_COOKIE}=; ${attributes(options, 0)}`;
}

/** The value of cookie `name` in a `Cookie` header; undefined when absent or empty. */
export function readCookie(header: string | undefined, name: string = SESSION_COOKIE): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** True when a `Set-Cookie` value is about the session cookie (what the gateway relays). */
export function isSessionCookie(setCookie: string): boolean {
  return setCookie.startsWith(`${SESSION_COOKIE}=`);
}
