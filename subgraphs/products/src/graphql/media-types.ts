import { NodeId } from "@shopgraph/subgraph";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { MediaView } from "../app/catalog-reads.js";
import { CATALOG_HINT } from "./cache-hints.js";
import { Directive } from "type-graphql";

/** The formats every upload is stored in; a client picks one per `<source>` (AVIF, then WebP, JPEG last). */
export enum ImageFormat {
  AVIF = "avif",
  WEBP = "webp",
  JPEG = "jpeg",
}

registerEnumType(ImageFormat, {
  name: "ImageFormat",
  description: "An encoding product images are stored in",
  valuesConfig: {
    AVIF: { description: "AVIF: the smallest; most current browsers show it" },
    WEBP: { description: "WebP: small; every current browser shows it" },
    JPEG: { description: "JPEG: the fallback every browser shows" },
  },
});

@Directive(CATALOG_HINT)
@ObjectType("ProductMediaSource", {
  description: "One format of a product image at every stored width: a `<source type srcset>` of a `<picture>`",
})
export class ProductMediaSourceType {
  @Field(() => ImageFormat, { description: "The encoding" })
  format!: ImageFormat;

  @Field({ description: 'Its MIME type, for `<source type>`, e.g. "image/avif"' })
  mimeType!: string;

  @Field({ description: 'Every stored width of it, for `srcset`: "<url> 320w, <url> 640w, ..."' })
  srcset!: string;
}

@Directive(CATALOG_HINT)
@ObjectType("ProductMedia", {
  description:
    "An image of a product, stored once at several widths (320, 640, 1024 and 1600 px, never wider than " +
    "uploaded) in AVIF, WebP and JPEG. Show it as an `<img>` with url, srcset (and your own sizes), width, " +
    "height and alt, or as a `<picture>` with one `<source>` per entry of `sources`",
})
export class ProductMediaType {
  @Field(() => ID, { description: "Stable; what reorderProductMedia, removeProductMedia and a variant's imageId name" })
  id!: string;

  @Field({ description: "What the image shows, for people who cannot see it; never empty" })
  alt!: string;

  @Field(() => Int, { description: "Width in pixels of the largest stored rendition; with height, the aspect ratio" })
  width!: number;

  @Field(() => Int, { description: "Height in pixels of the largest stored rendition" })
  height!: number;

  @Field(() => [Int], { description: "The stored widths, smallest first (1 to 4)" })
  widths!: number[];
}

export type MediaRoot = MediaView;

@ArgsType()
export class MediaUrlArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      "The width wanted: the smallest stored one at least this wide (the largest if none is); largest when omitted",
  })
  width?: number | null;

  @Field(() => ImageFormat, { nullable: true, description: "JPEG when omitted" })
  format?: ImageFormat | null;
}

@ArgsType()
export class MediaSrcsetArgs {
  @Field(() => ImageFormat, { nullable: true, description: "JPEG when omitted" })
  format?: ImageFormat | null;
}

@InputType({ description: "An uploaded image to show on a product" })
export class AddProductMediaInput {
  @Field(() => ID, { description: "The product's id (global or raw UUID)" })
  @NodeId("Product")
  productId!: string;

  @Field({ description: "The id POST /media answered for the upload" })
  uploadId!: string;

  @Field({ description: "What the image shows, 1 to 300 characters (INVALID_ALT otherwise)" })
  alt!: string;
}

@InputType({ description: "A new alt text for a product image" })
export class UpdateProductMediaInput {
  @Field({ description: "The ProductMedia.id" })
  id!: string;

  @Field({ description: "What the image shows, 1 to 300 characters (INVALID_ALT otherwise)" })
  alt!: string;
}

@ArgsType()
export class ReorderProductMediaArgs {
  @Field(() => ID, { description: "The product's id (global or raw UUID)" })
  @NodeId("Product")
  productId!: string;

  @Field(() => [String], {
    description: "Every ProductMedia.id of the product, each once, in the new order (INVALID_MEDIA_ORDER otherwise)",
  })
  mediaIds!: string[];
}
