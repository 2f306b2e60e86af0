/**
 * A product's first image: the one link previews, JSON-LD, the gallery and the catalog's preloads
 * start with (a placeholder drawn from its slug when it has none). Apart from the structured data,
 * so the catalog's initial JavaScript takes this alone.
 */
export function primaryImage(product: { images: readonly string[]; slug: string }): string {
  return product.images[0] ?? `/images/products/${product.slug}.svg`;
}
