/** A Host header worth repeating in a policy: a name or an IP literal, and a port. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The shop's Content-Security-Policy: its own scripts and styles only (nothing inline), images
 * from itself, data: URLs and IMAGE_ORIGINS, requests to itself (the websocket to itself named
 * explicitly too: browsers before CSP 3 do not count ws: as 'self'), never framed.
 */
export function contentSecurityPolicy(imageOrigins: readonly string[], host: string | undefined): string {
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...imageOrigins].join(" "),
    `connect-src 'self'${sockets}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** What every response of the shop carries (files and the index.html of client-side routes). */
export function shopHeaders(imageOrigins: readonly string[], host: string | undefined): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(imageOrigins, host),
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    // For browsers that predate frame-ancestors.
    "x-frame-options": "DENY",
  };
}
