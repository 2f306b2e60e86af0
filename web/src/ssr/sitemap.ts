import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { SitemapCategoriesDocument, SitemapProductsDocument, type SitemapProductsQuery } from "../gql/lazy/graphql";
import { escapeHtml } from "./escape";
import type { Execute } from "./execute";
import { absoluteUrl } from "./head";

/** The API's page size limit; a sitemap holds at most 50,000 URLs, so this many pages is the end. */
const PAGE_SIZE = 100;
const MAX_PAGES = 490;

async function query<Data, Variables extends Record<string, unknown>>(
  execute: Execute,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await execute({ query: print(document), variables });
  if (result.errors?.length || !result.data) {
    throw new Error(`sitemap query failed: ${result.errors?.map((error) => error.message).join("; ") ?? "no data"}`);
  }
  return result.data as Data;
}

function entry(loc: string, lastmod?: string): string {
  return `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ""}</url>`;
}

/**
 * sitemap.xml: the catalog, each category's page and each product on sale (what `products` lists
 * for anyone), with the product's last change.
 */
export async function renderSitemap({ origin, execute }: { origin: string; execute: Execute }): Promise<string> {
  const url = (path: string) => absoluteUrl(origin, path);
  const entries = [entry(url("/"))];
  const { categories } = await query(execute, SitemapCategoriesDocument, {});
  for (const category of categories) entries.push(entry(url(`/?category=${encodeURIComponent(category.slug)}`)));
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { products }: SitemapProductsQuery = await query(execute, SitemapProductsDocument, {
      first: PAGE_SIZE,
      after,
    });
    for (const product of products.nodes) {
      entries.push(entry(url(`/products/${encodeURIComponent(product.slug)}`), product.updatedAt));
    }
    if (!products.pageInfo.hasNextPage) break;
    after = products.pageInfo.endCursor;
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries,
    `</urlset>`,
    "",
  ].join("\n");
}
