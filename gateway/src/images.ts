import { createHash } from "node:crypto";
import type { RequestHandler } from "@shopgraph/platform";

const PATH = /^\/images\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)\.svg$/;
const MAX_SLUG_LENGTH = 120;

/** Text for an SVG document: nothing interpolated may open a tag or end an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "classic-denim-jacket" -> "CD": the first letters of the first two words. */
export function initials(slug: string): string {
  return slug
    .split("-")
    .filter((word) => /^[a-z]/.test(word))
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/**
 * A placeholder product image: two colours and a shape chosen by a hash of the slug (so the
 * same product always looks the same, and neighbours differ), with the name's initials.
 */
export function placeholderSvg(slug: string): string {
  const hash = createHash("sha256").update(slug).digest();
  const hue = hash.readUInt16BE(0) % 360;
  const accent = (hue + 40 + ((hash[2] ?? 0) % 120)) % 360;
  const background = `hsl(${hue} 55% 88%)`;
  const shapeColour = `hsl(${accent} 50% 62%)`;
  const textColour = `hsl(${hue} 45% 22%)`;
  const shapes = [
    `<circle cx="300" cy="300" r="170" fill="${shapeColour}"/>`,
    `<rect x="140" y="140" width="320" height="320" rx="40" fill="${shapeColour}"/>`,
    `<polygon points="300,110 490,450 110,450" fill="${shapeColour}"/>`,
  ];
  const shape = shapes[(hash[3] ?? 0) % shapes.length];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" role="img" aria-label="${escapeXml(slug)}">`,
    `<rect width="600" height="600" fill="${background}"/>`,
    shape,
    `<text x="300" y="300" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="150" font-weight="700" fill="${textColour}">${escapeXml(initials(slug))}</text>`,
    "</svg>",
  ].join("");
}

/** `GET /images/products/<slug>.svg`: the generated placeholder; a slug never changes its image. */
export function productImages(): RequestHandler {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const match = PATH.exec((req.url ?? "/").split("?")[0] ?? "");
    const slug = match?.[1];
    if (!slug || slug.length > MAX_SLUG_LENGTH) return false;
    const svg = placeholderSvg(slug);
    const etag = `"${createHash("sha1").update(svg).digest("base64url")}"`;
    const headers = {
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=86400",
      etag,
      "x-content-type-options": "nosniff",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, "content-length": Buffer.byteLength(svg) });
    res.end(req.method === "HEAD" ? undefined : svg);
    return true;
  };
}
