/**
 * A product's first image: the one link previews and JSON-LD start with. Its featured photo's
 * default rendition, else its first image URL, else a placeholder drawn from its slug. Apart from
 * the structured data, so the catalog's initial JavaScript takes this alone.
 */
export function primaryImage(product: {
  images: readonly string[];
  slug: string;
  featuredMedia?: { url: string } | null;
}): string {
  return product.featuredMedia?.url ?? product.images[0] ?? placeholderImage(product.slug);
}

/** The generated placeholder of a product without photos (ProductImage shows the same). */
export function placeholderImage(slug: string): string {
  return `/images/products/${slug}.svg`;
}
