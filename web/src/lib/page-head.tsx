import { createContext, use, useEffect } from "react";

export const SHOP_NAME = "Shopgraph";

/** What a page says about itself to link previews and search engines. */
export interface PageHeadData {
  /** The page's own title; the shop's name is added after it. */
  title: string;
  description: string;
  /** The page's one address (path and query), made absolute with the shop's URL. */
  canonicalPath?: string;
  /** An absolute or shop-relative image for link previews. */
  image?: string;
  /** Images the page paints first and largest, fetched before scripts compete for the network. */
  preloadImages?: readonly string[];
  /** Open Graph's type: `product` on product pages. */
  type?: "website" | "product";
  /** schema.org data (JSON-LD), given a function that makes the shop's paths absolute URLs. */
  jsonLd?: (absolute: (path: string) => string) => Record<string, unknown>;
  /** A page that must not be indexed (not found, search results). */
  noindex?: boolean;
  /** The HTTP status the server answers with (404 for a product that is not there). */
  status?: number;
}

/** Where a server render collects the head of the page it renders (the last one rendered wins). */
export interface HeadCollector {
  head?: PageHeadData;
}

export const HeadCollectorContext = createContext<HeadCollector | null>(null);

export function fullTitle(title: string): string {
  return title && title !== SHOP_NAME ? `${title} · ${SHOP_NAME}` : SHOP_NAME;
}

function setMeta(attribute: "name" | "property", key: string, content: string | undefined): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (content === undefined) {
    element?.remove();
    return;
  }
  if (!element) {
    element = document.createElement("meta");
    element.setAttribute(attribute, key);
    document.head.append(element);
  }
  element.content = content;
}

/**
 * The page's head: collected by the server render into the HTML (src/ssr/head.ts); in the browser,
 * kept true after client-side navigation (the title follows the page's h1, use-title-from-heading).
 */
export function PageHead(props: PageHeadData) {
  const collector = use(HeadCollectorContext);
  if (collector) collector.head = props;
  const { description, noindex, canonicalPath } = props;
  useEffect(() => {
    setMeta("name", "description", description);
    setMeta("property", "og:description", description);
    setMeta("name", "robots", noindex ? "noindex" : undefined);
    const canonical = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (canonical && canonicalPath) canonical.href = new URL(canonicalPath, canonical.href).href;
  }, [description, noindex, canonicalPath]);
  return null;
}
