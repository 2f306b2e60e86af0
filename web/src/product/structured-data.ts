import type { ProductPageQuery } from "../gql/shop/graphql";
import { decimalAmount } from "../lib/money";
import { primaryImage } from "./primary-image";

type Product = NonNullable<ProductPageQuery["product"]>;

const DESCRIPTION_CHARS = 160;

/** The description's first paragraph, cut at a word to what search results show. */
export function summary(description: string): string {
  const first =
    description
      .split(/\n{2,}/)[0]
      ?.replace(/\s+/g, " ")
      .trim() ?? "";
  if (first.length <= DESCRIPTION_CHARS) return first;
  const cut = first.slice(0, DESCRIPTION_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/** schema.org/Product with one Offer per variant (price, currency, availability). */
export function productJsonLd(product: Product, absolute: (path: string) => string): Record<string, unknown> {
  const url = absolute(`/products/${product.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    image: (product.media.length > 0
      ? product.media.map((media) => media.url)
      : product.images.length > 0
        ? product.images
        : [primaryImage(product)]
    ).map(absolute),
    sku: product.variants[0]?.sku,
    url,
    category: product.category.name,
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      name: variant.title,
      price: decimalAmount(variant.price),
      priceCurrency: variant.price.currency,
      availability: variant.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
    })),
  };
}
