import { errorCodes, reject, type CodesOf, type Reject } from "@shopgraph/kernel";

/** Why a product, variant or category change (createProduct, updateVariant, createCategory...) failed. */
export const CatalogErrorCode = errorCodes(
  "INVALID_NAME",
  "INVALID_SLUG",
  "INVALID_DESCRIPTION",
  "INVALID_IMAGE",
  "INVALID_IMAGE_URL",
  "INVALID_POSITION",
  "INVALID_OPTIONS",
  "INVALID_VARIANT_OPTIONS",
  "INVALID_SKU",
  "INVALID_PRICE",
  "INVALID_STOCK",
  "INVALID_WEIGHT",
  "INVALID_CURRENCY",
  "UNSUPPORTED_CURRENCY",
  "CURRENCY_MISMATCH",
  "SLUG_TAKEN",
  "SKU_TAKEN",
  "DUPLICATE_VARIANT",
  "NO_VARIANTS",
  "TOO_MANY_VARIANTS",
  "CATEGORY_NOT_FOUND",
  "PRODUCT_NOT_FOUND",
  "VARIANT_NOT_FOUND",
  "INVALID_TAX_CATEGORY",
  "INVALID_ALT",
  "INVALID_COLOUR",
  "UPLOAD_NOT_FOUND",
  "MEDIA_NOT_FOUND",
  "TOO_MANY_MEDIA",
  "INVALID_MEDIA_ORDER",
);
export type CatalogErrorCode = CodesOf<typeof CatalogErrorCode>;

/** Why a stock change (adjustStock, reserveStock) failed. */
export const StockErrorCode = errorCodes(
  "VARIANT_NOT_FOUND",
  "VARIANT_UNAVAILABLE",
  "INVALID_QUANTITY",
  "INVALID_REASON",
  "INVALID_STOCK",
  "INSUFFICIENT_STOCK",
  "OUT_OF_STOCK",
  "DUPLICATE_VARIANT",
  "INVALID_ORDER_ID",
  "NO_LINES",
  "TOO_MANY_LINES",
  "RESERVATION_MISMATCH",
  "RESERVATION_RELEASED",
);
export type StockErrorCode = CodesOf<typeof StockErrorCode>;

/** Aborts a catalog change with one problem; typed so a code outside the area does not compile. */
export const rejectCatalog: Reject<CatalogErrorCode> = reject;

/** Aborts a stock change with one problem; typed so a code outside the area does not compile. */
export const rejectStock: Reject<StockErrorCode> = reject;
