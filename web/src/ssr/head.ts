import { fullTitle, SHOP_NAME, type PageHeadData } from "../lib/page-head";
import { escapeHtml, scriptJson } from "./escape";

/** An address of the shop: `origin` + `path`, or `path` itself when it is already absolute. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin}/`).href;
}

/**
 * The head tags of a server-rendered page: title, description, canonical URL, Open Graph and, when
 * the page has one, its JSON-LD. Every value is escaped: product names and descriptions are data.
 */
export function renderHead(head: PageHeadData, origin: string): string {
  const title = fullTitle(head.title);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
  ];
  if (head.noindex) tags.push(`<meta name="robots" content="noindex" />`);
  if (head.canonicalPath !== undefined) {
    const url = absoluteUrl(origin, head.canonicalPath);
    tags.push(
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
    );
  }
  tags.push(
    `<meta property="og:site_name" content="${SHOP_NAME}" />`,
    `<meta property="og:type" content="${head.type ?? "website"}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
  );
  if (head.image) tags.push(`<meta property="og:image" content="${escapeHtml(absoluteUrl(origin, head.image))}" />`);
  for (const image of head.preloadImages ?? []) {
    tags.push(`<link rel="preload" as="image" href="${escapeHtml(image)}" fetchpriority="high" />`);
  }
  if (head.jsonLd)
    tags.push(
      `<script type="application/ld+json">${scriptJson(head.jsonLd((path) => absoluteUrl(origin, path)))}</script>`,
    );
  return tags.join("\n    ");
}
