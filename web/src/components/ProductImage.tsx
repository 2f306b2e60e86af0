import type { ProductMediaPartsFragment } from "../gql/shop/graphql";
import { placeholderImage } from "../product/primary-image";

/**
 * A product image from its stored renditions: a `<picture>` offering AVIF and WebP before the
 * JPEG fallback, each at every stored width, so the browser fetches the smallest file that fills
 * `sizes`. width and height give the box its aspect ratio before the file arrives (no layout shift).
 * Without media, the generated placeholder of the product's slug.
 */
export function ProductImage({
  media,
  slug,
  sizes,
  alt,
  eager = false,
}: {
  media: ProductMediaPartsFragment | null | undefined;
  slug: string;
  sizes: string;
  /** Overrides the media's own alt text ("" where a caption beside the image already names it). */
  alt?: string;
  eager?: boolean;
}) {
  const loading = eager ? "eager" : "lazy";
  if (!media) {
    return (
      <img src={placeholderImage(slug)} alt={alt ?? ""} width={600} height={600} loading={loading} decoding="async" />
    );
  }
  const fallback = media.sources.find((source) => source.format === "JPEG") ?? media.sources.at(-1);
  return (
    <picture>
      {media.sources
        .filter((source) => source !== fallback)
        .map((source) => (
          <source key={source.format} type={source.mimeType} srcSet={source.srcset} sizes={sizes} />
        ))}
      <img
        src={media.url}
        srcSet={fallback?.srcset}
        sizes={sizes}
        alt={alt ?? media.alt}
        width={media.width}
        height={media.height}
        loading={loading}
        decoding="async"
        {...(eager ? { fetchPriority: "high" as const } : {})}
      />
    </picture>
  );
}

/** A colour swatch: an SVG fill, which the shop's CSP allows where an inline style would not be. */
export function Swatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill={colour} stroke="currentColor" strokeOpacity="0.25" />
    </svg>
  );
}
