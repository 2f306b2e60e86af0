import { PartnerScope, Role } from "@shopgraph/kernel";
import { scope, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { loadProducts } from "../app/catalog-reads.js";
import { addProductMedia, removeProductMedia, reorderProductMedia, updateProductMedia } from "../app/media.js";
import { CatalogErrorCode } from "../domain/errors.js";
import { MEDIA_CONTENT_TYPES, renditionKey, type MediaFormat } from "../domain/media.js";
import type { ProductsContext } from "./context.js";
import {
  AddProductMediaInput,
  ImageFormat,
  MediaSrcsetArgs,
  MediaUrlArgs,
  ProductMediaSourceType,
  ProductMediaType,
  ReorderProductMediaArgs,
  UpdateProductMediaInput,
  type MediaRoot,
} from "./media-types.js";
import { ProductPayload } from "./types.js";

const FALLBACK = ImageFormat.JPEG;

function formatOf(media: MediaRoot, wanted: ImageFormat | null | undefined): MediaFormat {
  const format = (wanted ?? FALLBACK) as MediaFormat;
  return media.formats.includes(format) ? format : (media.formats.at(-1) as MediaFormat);
}

function srcset(media: MediaRoot, format: MediaFormat, url: (key: string) => string): string {
  return media.widths.map((width) => `${url(renditionKey(media.hash, width, format))} ${width}w`).join(", ");
}

@Resolver(() => ProductMediaType)
export class ProductMediaResolver {
  @FieldResolver(() => String, {
    description: "One rendition's URL (see the arguments); relative to the shop when stored on its disk",
  })
  url(@Root() media: MediaRoot, @Args() { width, format }: MediaUrlArgs, @Ctx() { mediaUrl }: ProductsContext): string {
    const chosen = media.widths.find((stored) => stored >= (width ?? Infinity)) ?? media.widths.at(-1)!;
    return mediaUrl(renditionKey(media.hash, chosen, formatOf(media, format)));
  }

  @FieldResolver(() => String, {
    description: 'Every stored width in one format, for `<img srcset>`: "<url> 320w, ..."',
  })
  srcset(@Root() media: MediaRoot, @Args() { format }: MediaSrcsetArgs, @Ctx() { mediaUrl }: ProductsContext): string {
    return srcset(media, formatOf(media, format), mediaUrl);
  }

  @FieldResolver(() => [ProductMediaSourceType], {
    description: "One entry per stored format, best first (AVIF, WebP, JPEG): the `<source>`s of a `<picture>`",
  })
  sources(@Root() media: MediaRoot, @Ctx() { mediaUrl }: ProductsContext): ProductMediaSourceType[] {
    return (media.formats as MediaFormat[]).map((format) => ({
      format: format as ImageFormat,
      mimeType: MEDIA_CONTENT_TYPES[format],
      srcset: srcset(media, format, mediaUrl),
    }));
  }
}

async function productPayload(ctx: ProductsContext, id: string) {
  const [product] = await loadProducts(ctx.em, [id]);
  return { product: product ?? null };
}

/** Product media administration: ADMIN users and apps with CATALOG_WRITE; userErrors change nothing. */
@Authorized(Role.ADMIN, scope(PartnerScope.CATALOG_WRITE))
@Resolver()
export class MediaAdminResolver {
  @Mutation(() => ProductPayload, {
    description:
      "ADMIN: shows an uploaded image (POST /media) last on a product. userErrors: PRODUCT_NOT_FOUND, " +
      "UPLOAD_NOT_FOUND, INVALID_ALT, TOO_MANY_MEDIA",
  })
  addProductMedia(
    @Arg("input", { description: "The product, the upload and its alt text" }) input: AddProductMediaInput,
    @Ctx() ctx: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () => productPayload(ctx, await addProductMedia(ctx.em, input)));
  }

  @Mutation(() => ProductPayload, {
    description: "ADMIN: changes a product image's alt text. userErrors: MEDIA_NOT_FOUND, INVALID_ALT",
  })
  updateProductMedia(
    @Arg("input", { description: "The media and its new alt text" }) input: UpdateProductMediaInput,
    @Ctx() ctx: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () =>
      productPayload(ctx, await updateProductMedia(ctx.em, input.id, input.alt)),
    );
  }

  @Mutation(() => ProductPayload, {
    description: "ADMIN: puts a product's images in a new order. userErrors: PRODUCT_NOT_FOUND, INVALID_MEDIA_ORDER",
  })
  reorderProductMedia(@Args() { productId, mediaIds }: ReorderProductMediaArgs, @Ctx() ctx: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      productPayload(ctx, await reorderProductMedia(ctx.em, productId, mediaIds)),
    );
  }

  @Mutation(() => ProductPayload, {
    description: "ADMIN: takes an image off its product; variants it showed show none. userErrors: MEDIA_NOT_FOUND",
  })
  removeProductMedia(@Arg("id", { description: "The ProductMedia.id" }) id: string, @Ctx() ctx: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () => productPayload(ctx, await removeProductMedia(ctx.em, id)));
  }
}
