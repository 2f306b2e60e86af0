import { userErrorType } from "@shopgraph/subgraph";
import { CatalogErrorCode, StockErrorCode } from "../domain/errors.js";

/** `CatalogUserError { field message code: CatalogErrorCode! }`: the userErrors of product and category admin. */
export const CatalogUserError = userErrorType("Catalog", CatalogErrorCode, {
  INVALID_NAME: "A name is empty after trimming or longer than 200 characters",
  INVALID_SLUG:
    "A slug is not lower-case letters, digits and single dashes of at most 80 characters (or none can be made from the name)",
  INVALID_DESCRIPTION: "The description is longer than 5000 characters",
  INVALID_IMAGE: "More than 20 images",
  INVALID_IMAGE_URL:
    "An image is neither a path on this shop (/images/...) nor a URL on one of the allowed image origins, or is longer than 2048 characters",
  INVALID_POSITION: "A category position is not a whole number from -1000000 to 1000000",
  INVALID_OPTIONS: "More than 3 option names, a name empty or longer than 40 characters, or a name listed twice",
  INVALID_VARIANT_OPTIONS:
    "A variant does not give exactly one value, of 1 to 60 characters, for each of its product's options",
  INVALID_SKU: "A SKU is not 1 to 64 letters, digits, dots, dashes or underscores",
  INVALID_PRICE:
    "A price is negative, above 1,000,000.00, has more decimals than its currency, or both price and priceCents were given",
  INVALID_STOCK: "A stock is negative or above 1,000,000",
  INVALID_WEIGHT: "A weight is not a whole number of grams from 0 to 1,000,000, or set and cleared at once",
  INVALID_TAX_CATEGORY: "A variant's own tax category set and cleared at once",
  INVALID_CURRENCY: "A currency is not an ISO 4217 code",
  UNSUPPORTED_CURRENCY: "A currency the shop does not price in (it prices in USD, EUR and GBP)",
  CURRENCY_MISMATCH: "The variants of one product are priced in different currencies",
  SLUG_TAKEN: "Another product (for a category: another category) already has this slug",
  SKU_TAKEN: "Another variant already has this SKU, or the input uses it twice",
  DUPLICATE_VARIANT: "The product already has a variant with these option values",
  NO_VARIANTS: "A product needs at least one variant",
  TOO_MANY_VARIANTS: "A product has at most 100 variants",
  INVALID_ALT: "Alt text is missing, blank, or longer than 300 characters: every image needs one for screen readers",
  INVALID_COLOUR: "A colour is not a hex colour such as #1f2937",
  UPLOAD_NOT_FOUND: "No upload has this id (POST /media answers the id)",
  MEDIA_NOT_FOUND: "The product has no media with this id",
  TOO_MANY_MEDIA: "A product has at most 20 media",
  INVALID_MEDIA_ORDER: "The new order does not name each of the product's media exactly once",
  CATEGORY_NOT_FOUND: "No category has this slug",
  PRODUCT_NOT_FOUND: "No product has this id",
  VARIANT_NOT_FOUND: "No variant has this id",
});

/** `StockUserError { field message code: StockErrorCode! }`: the userErrors of adjustStock and reserveStock. */
export const StockUserError = userErrorType("Stock", StockErrorCode, {
  VARIANT_NOT_FOUND: "No variant has this id",
  VARIANT_UNAVAILABLE: "The variant's product is archived: it is no longer sold",
  INVALID_QUANTITY:
    "adjustStock: delta is not a whole number from -1000000 to 1000000 other than 0; reserveStock: a quantity is not 1 to 1000",
  INVALID_REASON: "The reason is longer than 500 characters",
  INVALID_STOCK: "The change would take the stock above 1,000,000",
  INSUFFICIENT_STOCK: "Removing this many would take the stock below zero",
  OUT_OF_STOCK: "Fewer units are in stock than asked for",
  DUPLICATE_VARIANT: "The same variant is on two lines",
  INVALID_ORDER_ID: "The order id is malformed",
  NO_LINES: "No lines to reserve",
  TOO_MANY_LINES: "More than 100 lines in one reservation",
  RESERVATION_MISMATCH: "The order already reserved different lines",
  RESERVATION_RELEASED: "The order's reservation was released: it cannot be reserved again",
});
