/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Stable codes of the Account area's userErrors: a client may match on them (new ones may be added) */
export type AccountErrorCode =
  /** An admin disabled the account: it cannot sign in or refresh */
  | 'ACCOUNT_DISABLED'
  /** An admin cannot change their own role (so the last admin cannot demote themself) */
  | 'CANNOT_CHANGE_OWN_ROLE'
  /** An admin cannot disable their own account */
  | 'CANNOT_DISABLE_SELF'
  /** requestEmailVerification: the address is already verified */
  | 'EMAIL_ALREADY_VERIFIED'
  /** Another account already uses this email address */
  | 'EMAIL_TAKEN'
  /** changeEmail: the new address is the current one */
  | 'EMAIL_UNCHANGED'
  /** No account has this email, or the password is wrong (the same answer for both) */
  | 'INVALID_CREDENTIALS'
  /** The email address is malformed or longer than 254 characters */
  | 'INVALID_EMAIL'
  /** The name is empty (after trimming) or longer than 100 characters */
  | 'INVALID_NAME'
  /** The refresh token is unknown, already used (its session is then ended) or missing */
  | 'INVALID_REFRESH_TOKEN'
  /** The reset or verification link's token is unknown, already used, or for another purpose or address */
  | 'INVALID_TOKEN'
  /** Changing the email needs the password and a mailed link: use changeEmail */
  | 'PASSWORD_REQUIRED'
  /** The refresh token's session is older than its lifetime (30 days by default): sign in again */
  | 'SESSION_EXPIRED'
  /** The reset or verification link is too old: ask for a new one */
  | 'TOKEN_EXPIRED'
  /** No account has this id */
  | 'USER_NOT_FOUND'
  /** The password is shorter than 10 or longer than 128 characters, or easy to guess; the message says why */
  | 'WEAK_PASSWORD';

/** An uploaded image to show on a product */
export type AddProductMediaInput = {
  /** What the image shows, 1 to 300 characters (INVALID_ALT otherwise) */
  alt: string;
  /** The product's id (global or raw UUID) */
  productId: string | number;
  /** The id POST /media answered for the upload */
  uploadId: string;
};

/** Where an order goes; every problem with it is reported at once, each under its field */
export type AddressInput = {
  /** City or town: 1 to 100 characters (REQUIRED, TOO_LONG) */
  city: string;
  /** ISO 3166-1 alpha-2, e.g. US */
  country: string;
  /** Street and number: 1 to 200 characters (REQUIRED, TOO_LONG) */
  line1: string;
  /** Flat, floor, building: at most 200 characters (TOO_LONG) */
  line2?: string | null | undefined;
  /** The recipient: 1 to 100 characters (REQUIRED, TOO_LONG) */
  name: string;
  /** Postal code: letters, digits, spaces and dashes, at most 16 characters (INVALID_POSTAL_CODE) */
  postalCode: string;
};

/** A new cart's first lines */
export type CartCreateInput = {
  /** Lines to start with, at most 100; may be empty */
  lines: Array<CartLineInput>;
};

/** Stable codes of the Cart area's userErrors: a client may match on them (new ones may be added) */
export type CartErrorCode =
  /** The cart's total would exceed what one order may be (2^31-1 minor units) */
  | 'AMOUNT_TOO_LARGE'
  /** The cart already holds 50 lines, the most it may */
  | 'CART_FULL'
  /** No cart you may use has this id (someone else's account cart, or a removed guest cart, is as unknown) */
  | 'CART_NOT_FOUND'
  /** The variant is priced in another currency than the cart */
  | 'CURRENCY_MISMATCH'
  /** A quantity outside 1..99 (0..99 in cartLinesUpdate, where 0 removes the line) */
  | 'INVALID_QUANTITY'
  /** The cart has no line with this id */
  | 'LINE_NOT_FOUND'
  /** Deprecated mutations by variant: the variant is not in the cart */
  | 'NOT_IN_CART'
  /** Not that many units in stock; `field` names the line */
  | 'OUT_OF_STOCK'
  /** mergeCart only: merged with fewer units than asked (elsewhere this is a warning) */
  | 'QUANTITY_REDUCED'
  /** More than 100 lines added or merged in one call */
  | 'TOO_MANY_LINES'
  /** No variant has this id (any longer) */
  | 'VARIANT_NOT_FOUND'
  /** The variant's product is archived: it is no longer sold */
  | 'VARIANT_UNAVAILABLE';

/** Units of a variant to put in a cart */
export type CartLineInput = {
  /** Units to add, 1 to 99 (cut to the stock and to 99 per line, with a warning) */
  quantity: number;
  /** The variant's id (global or raw UUID) */
  variantId: string | number;
};

/** Stable codes of the Catalog area's userErrors: a client may match on them (new ones may be added) */
export type CatalogErrorCode =
  /** No category has this slug */
  | 'CATEGORY_NOT_FOUND'
  /** The variants of one product are priced in different currencies */
  | 'CURRENCY_MISMATCH'
  /** The product already has a variant with these option values */
  | 'DUPLICATE_VARIANT'
  /** Alt text is missing, blank, or longer than 300 characters: every image needs one for screen readers */
  | 'INVALID_ALT'
  /** A colour is not a hex colour such as #1f2937 */
  | 'INVALID_COLOUR'
  /** A currency is not an ISO 4217 code */
  | 'INVALID_CURRENCY'
  /** The description is longer than 5000 characters */
  | 'INVALID_DESCRIPTION'
  /** More than 20 images */
  | 'INVALID_IMAGE'
  /** An image is neither a path on this shop (/images/...) nor a URL on one of the allowed image origins, or is longer than 2048 characters */
  | 'INVALID_IMAGE_URL'
  /** The new order does not name each of the product's media exactly once */
  | 'INVALID_MEDIA_ORDER'
  /** A name is empty after trimming or longer than 200 characters */
  | 'INVALID_NAME'
  /** More than 3 option names, a name empty or longer than 40 characters, or a name listed twice */
  | 'INVALID_OPTIONS'
  /** A category position is not a whole number from -1000000 to 1000000 */
  | 'INVALID_POSITION'
  /** A price is negative, above 1,000,000.00, has more decimals than its currency, or both price and priceCents were given */
  | 'INVALID_PRICE'
  /** A SKU is not 1 to 64 letters, digits, dots, dashes or underscores */
  | 'INVALID_SKU'
  /** A slug is not lower-case letters, digits and single dashes of at most 80 characters (or none can be made from the name) */
  | 'INVALID_SLUG'
  /** A stock is negative or above 1,000,000 */
  | 'INVALID_STOCK'
  /** A variant's own tax category set and cleared at once */
  | 'INVALID_TAX_CATEGORY'
  /** A variant does not give exactly one value, of 1 to 60 characters, for each of its product's options */
  | 'INVALID_VARIANT_OPTIONS'
  /** A weight is not a whole number of grams from 0 to 1,000,000, or set and cleared at once */
  | 'INVALID_WEIGHT'
  /** The product has no media with this id */
  | 'MEDIA_NOT_FOUND'
  /** A product needs at least one variant */
  | 'NO_VARIANTS'
  /** No product has this id */
  | 'PRODUCT_NOT_FOUND'
  /** Another variant already has this SKU, or the input uses it twice */
  | 'SKU_TAKEN'
  /** Another product (for a category: another category) already has this slug */
  | 'SLUG_TAKEN'
  /** A product has at most 20 media */
  | 'TOO_MANY_MEDIA'
  /** A product has at most 100 variants */
  | 'TOO_MANY_VARIANTS'
  /** A currency the shop does not price in (it prices in USD, EUR and GBP) */
  | 'UNSUPPORTED_CURRENCY'
  /** No upload has this id (POST /media answers the id) */
  | 'UPLOAD_NOT_FOUND'
  /** No variant has this id */
  | 'VARIANT_NOT_FOUND';

/** The password now and the one to replace it */
export type ChangePasswordInput = {
  /** The password the account has now (INVALID_CREDENTIALS when wrong) */
  currentPassword: string;
  /** 10 to 128 characters, and not easy to guess (WEAK_PASSWORD says why) */
  newPassword: string;
};

/** Stable codes of the Checkout area's userErrors: a client may match on them (new ones may be added) */
export type CheckoutErrorCode =
  /** The order's total would exceed 2^31-1 minor units */
  | 'AMOUNT_TOO_LARGE'
  /** The cart has no lines: nothing to order */
  | 'CART_EMPTY'
  /** No cart of yours has this id (a guest cart must be attached first) */
  | 'CART_NOT_FOUND'
  /** Products could not be reached or refused the reservation; nothing was kept: retry */
  | 'CHECKOUT_FAILED'
  /** Another checkout of this cart is under way: wait for it */
  | 'CHECKOUT_IN_PROGRESS'
  /** The coupon was used as often as it allows, in all or by you */
  | 'COUPON_EXHAUSTED'
  /** The coupon's promotion has ended */
  | 'COUPON_EXPIRED'
  /** No live promotion has this coupon code, it is not valid yet, or the order misses its minimum subtotal */
  | 'COUPON_INVALID'
  /** The cart's lines, or expectedTotal, are in different currencies */
  | 'CURRENCY_MISMATCH'
  /** The key belongs to an earlier checkout that did not complete: use a new one */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The country is not an ISO 3166-1 alpha-2 code */
  | 'INVALID_COUNTRY'
  /** placeGuestOrder: the e-mail address is not one (one @, a dot in the domain, at most 254 characters) */
  | 'INVALID_EMAIL'
  /** The idempotency key is empty, longer than 128 characters or has spaces */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** The postal code is not letters, digits, spaces and dashes of at most 16 characters */
  | 'INVALID_POSTAL_CODE'
  /** Not enough in stock for a line; `field` names the line */
  | 'OUT_OF_STOCK'
  /** Today's total differs from expectedTotal: nothing was ordered; see priceChange */
  | 'PRICE_CHANGED'
  /** A shipping address field is empty; `field` names it */
  | 'REQUIRED'
  /** No shipping method has this id, or it does not ship to the address's country or this cart (weight, currency) */
  | 'SHIPPING_METHOD_INVALID'
  /** The address's country is in a shipping zone: choose one of shippingMethods(country) as shippingMethodId */
  | 'SHIPPING_METHOD_REQUIRED'
  /** A shipping address field is too long; `field` names it */
  | 'TOO_LONG'
  /** expectedTotal.currency is not one the shop prices in (USD, EUR, GBP) */
  | 'UNSUPPORTED_CURRENCY'
  /** A line's variant no longer exists; `field` names the line */
  | 'VARIANT_NOT_FOUND'
  /** A line's product is archived; `field` names the line */
  | 'VARIANT_UNAVAILABLE';

/** A new partner app */
export type CreatePartnerAppInput = {
  /** What admins call it, 1 to 100 characters */
  name: string;
  /** May be empty: such an app reads only what anyone may */
  scopes: Array<PartnerScope>;
};

/** A new product with its variants */
export type CreateProductInput = {
  /** The slug of an existing category (CATEGORY_NOT_FOUND otherwise) */
  categorySlug: string;
  /** Plain text, at most 5000 characters; empty when omitted */
  description?: string | null | undefined;
  /** At most 20 image URLs: paths on this shop (/images/...) or allowed origins; a generated placeholder when omitted */
  images?: Array<string> | null | undefined;
  /** Display name, 1 to 200 characters */
  name: string;
  /** Option names, e.g. ["Size", "Colour"]; at most 3 */
  options?: Array<string> | null | undefined;
  /** Made from the name when omitted */
  slug?: string | null | undefined;
  /** Which tax rates apply to it; STANDARD when omitted */
  taxCategory?: TaxCategory | null | undefined;
  /** 1 to 100 variants, all in one currency */
  variants: Array<VariantInput>;
  /** Shipping weight of one unit in grams, 0 to 1,000,000 (INVALID_WEIGHT otherwise); none when omitted */
  weightGrams?: number | null | undefined;
};

/** A new promotion: at least one of percentOff, amountOffCents and freeShipping */
export type CreatePromotionInput = {
  /** Minor units off the merchandise, at least 1 */
  amountOffCents?: number | null | undefined;
  /** Likewise the lines of products in these categories (with productIds: either matches). At most 50 */
  categoryIds?: Array<string | number> | null | undefined;
  /** Letters, digits, dashes, underscores, at most 32; stored in upper case, unique. None: the promotion needs no code */
  couponCode?: string | null | undefined;
  /** Must be after startsAt */
  endsAt?: string | null | undefined;
  /** Only a customer's first order (default false): refused (COUPON_INVALID) to a customer with an earlier order that was not cancelled; a guest is known by their e-mail address */
  firstOrderOnly?: boolean | null | undefined;
  /** Shipping costs nothing (default false) */
  freeShipping?: boolean | null | undefined;
  /** The least merchandise subtotal, in minor units */
  minSubtotalCents?: number | null | undefined;
  /** 1 to 100 characters */
  name: string;
  /** Uses per customer, at least 1; none: unlimited */
  perCustomerLimit?: number | null | undefined;
  /** Whole percent off the merchandise, 1 to 100 */
  percentOff?: number | null | undefined;
  /** Limits percentOff and amountOffCents to the lines of these products (fixed amounts capped at those lines' subtotal); the coupon is refused for a cart without one. At most 50 */
  productIds?: Array<string | number> | null | undefined;
  /** The first moment it applies; none: at once */
  startsAt?: string | null | undefined;
  /** Uses in all, at least 1; none: unlimited */
  usageLimit?: number | null | undefined;
};

/** An active ISO 4217 currency code (SIX Group's list one, without funds lacking minor units) */
export type CurrencyCode =
  /** ISO 4217 AED: amounts have 2 decimals (a minor unit is 1/100 AED) */
  | 'AED'
  /** ISO 4217 AFN: amounts have 2 decimals (a minor unit is 1/100 AFN) */
  | 'AFN'
  /** ISO 4217 ALL: amounts have 2 decimals (a minor unit is 1/100 ALL) */
  | 'ALL'
  /** ISO 4217 AMD: amounts have 2 decimals (a minor unit is 1/100 AMD) */
  | 'AMD'
  /** ISO 4217 AOA: amounts have 2 decimals (a minor unit is 1/100 AOA) */
  | 'AOA'
  /** ISO 4217 ARS: amounts have 2 decimals (a minor unit is 1/100 ARS) */
  | 'ARS'
  /** ISO 4217 AUD: amounts have 2 decimals (a minor unit is 1/100 AUD) */
  | 'AUD'
  /** ISO 4217 AWG: amounts have 2 decimals (a minor unit is 1/100 AWG) */
  | 'AWG'
  /** ISO 4217 AZN: amounts have 2 decimals (a minor unit is 1/100 AZN) */
  | 'AZN'
  /** ISO 4217 BAM: amounts have 2 decimals (a minor unit is 1/100 BAM) */
  | 'BAM'
  /** ISO 4217 BBD: amounts have 2 decimals (a minor unit is 1/100 BBD) */
  | 'BBD'
  /** ISO 4217 BDT: amounts have 2 decimals (a minor unit is 1/100 BDT) */
  | 'BDT'
  /** ISO 4217 BGN: amounts have 2 decimals (a minor unit is 1/100 BGN) */
  | 'BGN'
  /** ISO 4217 BHD: amounts have 3 decimals (a minor unit is 1/1000 BHD) */
  | 'BHD'
  /** ISO 4217 BIF: whole amounts, no decimals (amount "1500"; minor units are whole BIF) */
  | 'BIF'
  /** ISO 4217 BMD: amounts have 2 decimals (a minor unit is 1/100 BMD) */
  | 'BMD'
  /** ISO 4217 BND: amounts have 2 decimals (a minor unit is 1/100 BND) */
  | 'BND'
  /** ISO 4217 BOB: amounts have 2 decimals (a minor unit is 1/100 BOB) */
  | 'BOB'
  /** ISO 4217 BOV: amounts have 2 decimals (a minor unit is 1/100 BOV) */
  | 'BOV'
  /** ISO 4217 BRL: amounts have 2 decimals (a minor unit is 1/100 BRL) */
  | 'BRL'
  /** ISO 4217 BSD: amounts have 2 decimals (a minor unit is 1/100 BSD) */
  | 'BSD'
  /** ISO 4217 BTN: amounts have 2 decimals (a minor unit is 1/100 BTN) */
  | 'BTN'
  /** ISO 4217 BWP: amounts have 2 decimals (a minor unit is 1/100 BWP) */
  | 'BWP'
  /** ISO 4217 BYN: amounts have 2 decimals (a minor unit is 1/100 BYN) */
  | 'BYN'
  /** ISO 4217 BZD: amounts have 2 decimals (a minor unit is 1/100 BZD) */
  | 'BZD'
  /** ISO 4217 CAD: amounts have 2 decimals (a minor unit is 1/100 CAD) */
  | 'CAD'
  /** ISO 4217 CDF: amounts have 2 decimals (a minor unit is 1/100 CDF) */
  | 'CDF'
  /** ISO 4217 CHE: amounts have 2 decimals (a minor unit is 1/100 CHE) */
  | 'CHE'
  /** ISO 4217 CHF: amounts have 2 decimals (a minor unit is 1/100 CHF) */
  | 'CHF'
  /** ISO 4217 CHW: amounts have 2 decimals (a minor unit is 1/100 CHW) */
  | 'CHW'
  /** ISO 4217 CLF: amounts have 4 decimals (a minor unit is 1/10000 CLF) */
  | 'CLF'
  /** ISO 4217 CLP: whole amounts, no decimals (amount "1500"; minor units are whole CLP) */
  | 'CLP'
  /** ISO 4217 CNY: amounts have 2 decimals (a minor unit is 1/100 CNY) */
  | 'CNY'
  /** ISO 4217 COP: amounts have 2 decimals (a minor unit is 1/100 COP) */
  | 'COP'
  /** ISO 4217 COU: amounts have 2 decimals (a minor unit is 1/100 COU) */
  | 'COU'
  /** ISO 4217 CRC: amounts have 2 decimals (a minor unit is 1/100 CRC) */
  | 'CRC'
  /** ISO 4217 CUP: amounts have 2 decimals (a minor unit is 1/100 CUP) */
  | 'CUP'
  /** ISO 4217 CVE: amounts have 2 decimals (a minor unit is 1/100 CVE) */
  | 'CVE'
  /** ISO 4217 CZK: amounts have 2 decimals (a minor unit is 1/100 CZK) */
  | 'CZK'
  /** ISO 4217 DJF: whole amounts, no decimals (amount "1500"; minor units are whole DJF) */
  | 'DJF'
  /** ISO 4217 DKK: amounts have 2 decimals (a minor unit is 1/100 DKK) */
  | 'DKK'
  /** ISO 4217 DOP: amounts have 2 decimals (a minor unit is 1/100 DOP) */
  | 'DOP'
  /** ISO 4217 DZD: amounts have 2 decimals (a minor unit is 1/100 DZD) */
  | 'DZD'
  /** ISO 4217 EGP: amounts have 2 decimals (a minor unit is 1/100 EGP) */
  | 'EGP'
  /** ISO 4217 ERN: amounts have 2 decimals (a minor unit is 1/100 ERN) */
  | 'ERN'
  /** ISO 4217 ETB: amounts have 2 decimals (a minor unit is 1/100 ETB) */
  | 'ETB'
  /** ISO 4217 EUR: amounts have 2 decimals (a minor unit is 1/100 EUR) */
  | 'EUR'
  /** ISO 4217 FJD: amounts have 2 decimals (a minor unit is 1/100 FJD) */
  | 'FJD'
  /** ISO 4217 FKP: amounts have 2 decimals (a minor unit is 1/100 FKP) */
  | 'FKP'
  /** ISO 4217 GBP: amounts have 2 decimals (a minor unit is 1/100 GBP) */
  | 'GBP'
  /** ISO 4217 GEL: amounts have 2 decimals (a minor unit is 1/100 GEL) */
  | 'GEL'
  /** ISO 4217 GHS: amounts have 2 decimals (a minor unit is 1/100 GHS) */
  | 'GHS'
  /** ISO 4217 GIP: amounts have 2 decimals (a minor unit is 1/100 GIP) */
  | 'GIP'
  /** ISO 4217 GMD: amounts have 2 decimals (a minor unit is 1/100 GMD) */
  | 'GMD'
  /** ISO 4217 GNF: whole amounts, no decimals (amount "1500"; minor units are whole GNF) */
  | 'GNF'
  /** ISO 4217 GTQ: amounts have 2 decimals (a minor unit is 1/100 GTQ) */
  | 'GTQ'
  /** ISO 4217 GYD: amounts have 2 decimals (a minor unit is 1/100 GYD) */
  | 'GYD'
  /** ISO 4217 HKD: amounts have 2 decimals (a minor unit is 1/100 HKD) */
  | 'HKD'
  /** ISO 4217 HNL: amounts have 2 decimals (a minor unit is 1/100 HNL) */
  | 'HNL'
  /** ISO 4217 HTG: amounts have 2 decimals (a minor unit is 1/100 HTG) */
  | 'HTG'
  /** ISO 4217 HUF: amounts have 2 decimals (a minor unit is 1/100 HUF) */
  | 'HUF'
  /** ISO 4217 IDR: amounts have 2 decimals (a minor unit is 1/100 IDR) */
  | 'IDR'
  /** ISO 4217 ILS: amounts have 2 decimals (a minor unit is 1/100 ILS) */
  | 'ILS'
  /** ISO 4217 INR: amounts have 2 decimals (a minor unit is 1/100 INR) */
  | 'INR'
  /** ISO 4217 IQD: amounts have 3 decimals (a minor unit is 1/1000 IQD) */
  | 'IQD'
  /** ISO 4217 IRR: amounts have 2 decimals (a minor unit is 1/100 IRR) */
  | 'IRR'
  /** ISO 4217 ISK: whole amounts, no decimals (amount "1500"; minor units are whole ISK) */
  | 'ISK'
  /** ISO 4217 JMD: amounts have 2 decimals (a minor unit is 1/100 JMD) */
  | 'JMD'
  /** ISO 4217 JOD: amounts have 3 decimals (a minor unit is 1/1000 JOD) */
  | 'JOD'
  /** ISO 4217 JPY: whole amounts, no decimals (amount "1500"; minor units are whole JPY) */
  | 'JPY'
  /** ISO 4217 KES: amounts have 2 decimals (a minor unit is 1/100 KES) */
  | 'KES'
  /** ISO 4217 KGS: amounts have 2 decimals (a minor unit is 1/100 KGS) */
  | 'KGS'
  /** ISO 4217 KHR: amounts have 2 decimals (a minor unit is 1/100 KHR) */
  | 'KHR'
  /** ISO 4217 KMF: whole amounts, no decimals (amount "1500"; minor units are whole KMF) */
  | 'KMF'
  /** ISO 4217 KPW: amounts have 2 decimals (a minor unit is 1/100 KPW) */
  | 'KPW'
  /** ISO 4217 KRW: whole amounts, no decimals (amount "1500"; minor units are whole KRW) */
  | 'KRW'
  /** ISO 4217 KWD: amounts have 3 decimals (a minor unit is 1/1000 KWD) */
  | 'KWD'
  /** ISO 4217 KYD: amounts have 2 decimals (a minor unit is 1/100 KYD) */
  | 'KYD'
  /** ISO 4217 KZT: amounts have 2 decimals (a minor unit is 1/100 KZT) */
  | 'KZT'
  /** ISO 4217 LAK: amounts have 2 decimals (a minor unit is 1/100 LAK) */
  | 'LAK'
  /** ISO 4217 LBP: amounts have 2 decimals (a minor unit is 1/100 LBP) */
  | 'LBP'
  /** ISO 4217 LKR: amounts have 2 decimals (a minor unit is 1/100 LKR) */
  | 'LKR'
  /** ISO 4217 LRD: amounts have 2 decimals (a minor unit is 1/100 LRD) */
  | 'LRD'
  /** ISO 4217 LSL: amounts have 2 decimals (a minor unit is 1/100 LSL) */
  | 'LSL'
  /** ISO 4217 LYD: amounts have 3 decimals (a minor unit is 1/1000 LYD) */
  | 'LYD'
  /** ISO 4217 MAD: amounts have 2 decimals (a minor unit is 1/100 MAD) */
  | 'MAD'
  /** ISO 4217 MDL: amounts have 2 decimals (a minor unit is 1/100 MDL) */
  | 'MDL'
  /** ISO 4217 MGA: amounts have 2 decimals (a minor unit is 1/100 MGA) */
  | 'MGA'
  /** ISO 4217 MKD: amounts have 2 decimals (a minor unit is 1/100 MKD) */
  | 'MKD'
  /** ISO 4217 MMK: amounts have 2 decimals (a minor unit is 1/100 MMK) */
  | 'MMK'
  /** ISO 4217 MNT: amounts have 2 decimals (a minor unit is 1/100 MNT) */
  | 'MNT'
  /** ISO 4217 MOP: amounts have 2 decimals (a minor unit is 1/100 MOP) */
  | 'MOP'
  /** ISO 4217 MRU: amounts have 2 decimals (a minor unit is 1/100 MRU) */
  | 'MRU'
  /** ISO 4217 MUR: amounts have 2 decimals (a minor unit is 1/100 MUR) */
  | 'MUR'
  /** ISO 4217 MVR: amounts have 2 decimals (a minor unit is 1/100 MVR) */
  | 'MVR'
  /** ISO 4217 MWK: amounts have 2 decimals (a minor unit is 1/100 MWK) */
  | 'MWK'
  /** ISO 4217 MXN: amounts have 2 decimals (a minor unit is 1/100 MXN) */
  | 'MXN'
  /** ISO 4217 MXV: amounts have 2 decimals (a minor unit is 1/100 MXV) */
  | 'MXV'
  /** ISO 4217 MYR: amounts have 2 decimals (a minor unit is 1/100 MYR) */
  | 'MYR'
  /** ISO 4217 MZN: amounts have 2 decimals (a minor unit is 1/100 MZN) */
  | 'MZN'
  /** ISO 4217 NAD: amounts have 2 decimals (a minor unit is 1/100 NAD) */
  | 'NAD'
  /** ISO 4217 NGN: amounts have 2 decimals (a minor unit is 1/100 NGN) */
  | 'NGN'
  /** ISO 4217 NIO: amounts have 2 decimals (a minor unit is 1/100 NIO) */
  | 'NIO'
  /** ISO 4217 NOK: amounts have 2 decimals (a minor unit is 1/100 NOK) */
  | 'NOK'
  /** ISO 4217 NPR: amounts have 2 decimals (a minor unit is 1/100 NPR) */
  | 'NPR'
  /** ISO 4217 NZD: amounts have 2 decimals (a minor unit is 1/100 NZD) */
  | 'NZD'
  /** ISO 4217 OMR: amounts have 3 decimals (a minor unit is 1/1000 OMR) */
  | 'OMR'
  /** ISO 4217 PAB: amounts have 2 decimals (a minor unit is 1/100 PAB) */
  | 'PAB'
  /** ISO 4217 PEN: amounts have 2 decimals (a minor unit is 1/100 PEN) */
  | 'PEN'
  /** ISO 4217 PGK: amounts have 2 decimals (a minor unit is 1/100 PGK) */
  | 'PGK'
  /** ISO 4217 PHP: amounts have 2 decimals (a minor unit is 1/100 PHP) */
  | 'PHP'
  /** ISO 4217 PKR: amounts have 2 decimals (a minor unit is 1/100 PKR) */
  | 'PKR'
  /** ISO 4217 PLN: amounts have 2 decimals (a minor unit is 1/100 PLN) */
  | 'PLN'
  /** ISO 4217 PYG: whole amounts, no decimals (amount "1500"; minor units are whole PYG) */
  | 'PYG'
  /** ISO 4217 QAR: amounts have 2 decimals (a minor unit is 1/100 QAR) */
  | 'QAR'
  /** ISO 4217 RON: amounts have 2 decimals (a minor unit is 1/100 RON) */
  | 'RON'
  /** ISO 4217 RSD: amounts have 2 decimals (a minor unit is 1/100 RSD) */
  | 'RSD'
  /** ISO 4217 RUB: amounts have 2 decimals (a minor unit is 1/100 RUB) */
  | 'RUB'
  /** ISO 4217 RWF: whole amounts, no decimals (amount "1500"; minor units are whole RWF) */
  | 'RWF'
  /** ISO 4217 SAR: amounts have 2 decimals (a minor unit is 1/100 SAR) */
  | 'SAR'
  /** ISO 4217 SBD: amounts have 2 decimals (a minor unit is 1/100 SBD) */
  | 'SBD'
  /** ISO 4217 SCR: amounts have 2 decimals (a minor unit is 1/100 SCR) */
  | 'SCR'
  /** ISO 4217 SDG: amounts have 2 decimals (a minor unit is 1/100 SDG) */
  | 'SDG'
  /** ISO 4217 SEK: amounts have 2 decimals (a minor unit is 1/100 SEK) */
  | 'SEK'
  /** ISO 4217 SGD: amounts have 2 decimals (a minor unit is 1/100 SGD) */
  | 'SGD'
  /** ISO 4217 SHP: amounts have 2 decimals (a minor unit is 1/100 SHP) */
  | 'SHP'
  /** ISO 4217 SLE: amounts have 2 decimals (a minor unit is 1/100 SLE) */
  | 'SLE'
  /** ISO 4217 SOS: amounts have 2 decimals (a minor unit is 1/100 SOS) */
  | 'SOS'
  /** ISO 4217 SRD: amounts have 2 decimals (a minor unit is 1/100 SRD) */
  | 'SRD'
  /** ISO 4217 SSP: amounts have 2 decimals (a minor unit is 1/100 SSP) */
  | 'SSP'
  /** ISO 4217 STN: amounts have 2 decimals (a minor unit is 1/100 STN) */
  | 'STN'
  /** ISO 4217 SVC: amounts have 2 decimals (a minor unit is 1/100 SVC) */
  | 'SVC'
  /** ISO 4217 SYP: amounts have 2 decimals (a minor unit is 1/100 SYP) */
  | 'SYP'
  /** ISO 4217 SZL: amounts have 2 decimals (a minor unit is 1/100 SZL) */
  | 'SZL'
  /** ISO 4217 THB: amounts have 2 decimals (a minor unit is 1/100 THB) */
  | 'THB'
  /** ISO 4217 TJS: amounts have 2 decimals (a minor unit is 1/100 TJS) */
  | 'TJS'
  /** ISO 4217 TMT: amounts have 2 decimals (a minor unit is 1/100 TMT) */
  | 'TMT'
  /** ISO 4217 TND: amounts have 3 decimals (a minor unit is 1/1000 TND) */
  | 'TND'
  /** ISO 4217 TOP: amounts have 2 decimals (a minor unit is 1/100 TOP) */
  | 'TOP'
  /** ISO 4217 TRY: amounts have 2 decimals (a minor unit is 1/100 TRY) */
  | 'TRY'
  /** ISO 4217 TTD: amounts have 2 decimals (a minor unit is 1/100 TTD) */
  | 'TTD'
  /** ISO 4217 TWD: amounts have 2 decimals (a minor unit is 1/100 TWD) */
  | 'TWD'
  /** ISO 4217 TZS: amounts have 2 decimals (a minor unit is 1/100 TZS) */
  | 'TZS'
  /** ISO 4217 UAH: amounts have 2 decimals (a minor unit is 1/100 UAH) */
  | 'UAH'
  /** ISO 4217 UGX: whole amounts, no decimals (amount "1500"; minor units are whole UGX) */
  | 'UGX'
  /** ISO 4217 USD: amounts have 2 decimals (a minor unit is 1/100 USD) */
  | 'USD'
  /** ISO 4217 USN: amounts have 2 decimals (a minor unit is 1/100 USN) */
  | 'USN'
  /** ISO 4217 UYI: whole amounts, no decimals (amount "1500"; minor units are whole UYI) */
  | 'UYI'
  /** ISO 4217 UYU: amounts have 2 decimals (a minor unit is 1/100 UYU) */
  | 'UYU'
  /** ISO 4217 UYW: amounts have 4 decimals (a minor unit is 1/10000 UYW) */
  | 'UYW'
  /** ISO 4217 UZS: amounts have 2 decimals (a minor unit is 1/100 UZS) */
  | 'UZS'
  /** ISO 4217 VED: amounts have 2 decimals (a minor unit is 1/100 VED) */
  | 'VED'
  /** ISO 4217 VES: amounts have 2 decimals (a minor unit is 1/100 VES) */
  | 'VES'
  /** ISO 4217 VND: whole amounts, no decimals (amount "1500"; minor units are whole VND) */
  | 'VND'
  /** ISO 4217 VUV: whole amounts, no decimals (amount "1500"; minor units are whole VUV) */
  | 'VUV'
  /** ISO 4217 WST: amounts have 2 decimals (a minor unit is 1/100 WST) */
  | 'WST'
  /** ISO 4217 XAF: whole amounts, no decimals (amount "1500"; minor units are whole XAF) */
  | 'XAF'
  /** ISO 4217 XCD: amounts have 2 decimals (a minor unit is 1/100 XCD) */
  | 'XCD'
  /** ISO 4217 XCG: amounts have 2 decimals (a minor unit is 1/100 XCG) */
  | 'XCG'
  /** ISO 4217 XOF: whole amounts, no decimals (amount "1500"; minor units are whole XOF) */
  | 'XOF'
  /** ISO 4217 XPF: whole amounts, no decimals (amount "1500"; minor units are whole XPF) */
  | 'XPF'
  /** ISO 4217 YER: amounts have 2 decimals (a minor unit is 1/100 YER) */
  | 'YER'
  /** ISO 4217 ZAR: amounts have 2 decimals (a minor unit is 1/100 ZAR) */
  | 'ZAR'
  /** ISO 4217 ZMW: amounts have 2 decimals (a minor unit is 1/100 ZMW) */
  | 'ZMW'
  /** ISO 4217 ZWG: amounts have 2 decimals (a minor unit is 1/100 ZWG) */
  | 'ZWG';

/** Credentials of an existing account */
export type LoginInput = {
  /** The account's email address, in any letter case */
  email: string;
  /** The account's password, exactly as set */
  password: string;
};

/** An amount of money sent in: whole minor units and a currency */
export type MoneyInput = {
  /** Amount in minor units of the currency, e.g. cents */
  amountCents: number;
  /** ISO 4217 currency code */
  currency: string;
};

/** Stable codes of the Order area's userErrors: a client may match on them (new ones may be added) */
export type OrderErrorCode =
  /** payOrder: the token is not a payment token */
  | 'INVALID_PAYMENT_TOKEN'
  /** The reason is longer than 500 characters */
  | 'INVALID_REASON'
  /** The carrier or tracking number is malformed (one error per field) */
  | 'INVALID_SHIPMENT'
  /** The order cannot move to that status from where it is (e.g. cancelled twice) */
  | 'INVALID_TRANSITION'
  /** payOrder: the time to pay is over; the order is about to be cancelled */
  | 'ORDER_EXPIRED'
  /** No order of yours has this id (someone else's is as unknown) */
  | 'ORDER_NOT_FOUND'
  /** payOrder: the order is cancelled (a paid one answers with itself) */
  | 'ORDER_NOT_PAYABLE'
  /** payOrder: the card was declined; the order stays payable and shows the attempt */
  | 'PAYMENT_DECLINED'
  /** updateOrderStatus: an order becomes PAID only by paying it */
  | 'PAYMENT_REQUIRED'
  /** A shipment was given with a status other than SHIPPED */
  | 'SHIPMENT_NOT_ALLOWED';

/** PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED; CANCELLED from PENDING_PAYMENT or PAID */
export type OrderStatus =
  /** Cancelled by the shopper, an admin or the payment timeout; stock released, paid money refunded; final */
  | 'CANCELLED'
  /** Arrived; final */
  | 'DELIVERED'
  /** Paid (payOrder); waiting to be shipped */
  | 'PAID'
  /** Placed, stock reserved, waiting to be paid until expiresAt (then cancelled) */
  | 'PENDING_PAYMENT'
  /** Handed to a carrier (updateOrderStatus, optionally with a shipment) */
  | 'SHIPPED';

/** Stable codes of the PartnerApp area's userErrors: a client may match on them (new ones may be added) */
export type PartnerAppErrorCode =
  /** The key was revoked already */
  | 'API_KEY_ALREADY_REVOKED'
  /** No API key has this id */
  | 'API_KEY_NOT_FOUND'
  /** No partner app has this id */
  | 'APP_NOT_FOUND'
  /** The document is longer than the service allows (APP_OPERATION_MAX_BYTES, 16 KiB by default) */
  | 'DOCUMENT_TOO_LARGE'
  /** The document does not parse, is not exactly one named operation (with its fragments), or is not valid against the API schema */
  | 'INVALID_DOCUMENT'
  /** The app's name is empty or too long */
  | 'INVALID_NAME'
  /** retireOtherKeysAfterSeconds is negative or longer than 7 days */
  | 'INVALID_OVERLAP'
  /** The app has no registered operation with this hash */
  | 'OPERATION_NOT_FOUND'
  /** The app already has as many unrevoked keys as it may (5) */
  | 'TOO_MANY_API_KEYS'
  /** The app already has as many registered operations as it may (200) */
  | 'TOO_MANY_OPERATIONS';

/** What a partner app may do (catalog:read, catalog:write, stock:write, orders:read, orders:write, customers:read) */
export type PartnerScope =
  /** catalog:read: products and categories, archived ones and exact stock included */
  | 'CATALOG_READ'
  /** catalog:write: create and change products, variants and categories */
  | 'CATALOG_WRITE'
  /** customers:read: accounts, emails, and orders' shipping addresses */
  | 'CUSTOMERS_READ'
  /** orders:read: every order and the sales report (addresses need customers:read) */
  | 'ORDERS_READ'
  /** orders:write: status transitions and shipping */
  | 'ORDERS_WRITE'
  /** stock:write: adjust and set stock */
  | 'STOCK_WRITE';

/** The outcome of one charge attempt */
export type PaymentStatus =
  /** The provider declined the charge (failureCode says why); the order stays payable */
  | 'DECLINED'
  /** The provider charged the card: the order is paid */
  | 'SUCCEEDED';

/** What checkout needs besides the cart */
export type PlaceOrderInput = {
  /** The shopper's own cart (Cart.id) to order; another cart is CART_NOT_FOUND. Default: the account cart */
  cartId?: string | number | null | undefined;
  /** A promotion's coupon code (any case), redeemed with the order: COUPON_INVALID, COUPON_EXPIRED or COUPON_EXHAUSTED when refused, and then nothing is ordered. A retry with the same idempotencyKey redeems nothing more */
  couponCode?: string | null | undefined;
  /** The total the shopper was shown. When today's prices make another total, nothing is ordered and the answer is the userError PRICE_CHANGED with priceChange; without it the order is placed at today's prices. */
  expectedTotal?: MoneyInput | null | undefined;
  /** Chosen by the client once per checkout attempt and sent again on retries: the same key returns the same order. After an answer with userErrors, use a new key. 1 to 128 characters, no spaces */
  idempotencyKey: string;
  /** Where the order goes */
  shippingAddress: AddressInput;
  /** One of shippingMethods(country) for the address's country and this cart; required when a zone ships there (SHIPPING_METHOD_REQUIRED), else SHIPPING_METHOD_INVALID when it does not fit. Its price is kept on the order */
  shippingMethodId?: string | number | null | undefined;
};

/** Whether a product is on sale */
export type ProductStatus =
  /** On sale: listed and reservable */
  | 'ACTIVE'
  /** Off sale: unlisted, still resolvable for past orders */
  | 'ARCHIVED';

/** Stable codes of the Promotion area's userErrors: a client may match on them (new ones may be added) */
export type PromotionErrorCode =
  /** A live promotion already has this coupon code */
  | 'COUPON_CODE_TAKEN'
  /** amountOffCents or minSubtotalCents is not a whole amount in range */
  | 'INVALID_AMOUNT'
  /** The coupon code is not 1 to 32 letters, digits, dashes or underscores */
  | 'INVALID_COUPON_CODE'
  /** endsAt is not after startsAt */
  | 'INVALID_DATES'
  /** No discount at all, or percentOff outside 1 to 100 */
  | 'INVALID_DISCOUNT'
  /** usageLimit or perCustomerLimit is below 1 */
  | 'INVALID_LIMIT'
  /** No live promotion has this id */
  | 'PROMOTION_NOT_FOUND'
  /** The name is empty */
  | 'REQUIRED'
  /** The name is longer than 100 characters */
  | 'TOO_LONG'
  /** productIds or categoryIds names more than 50 ids */
  | 'TOO_MANY_IDS'
  /** 100 promotions are live already: archive one first */
  | 'TOO_MANY_PROMOTIONS'
  /** categoryIds names a category that does not exist */
  | 'UNKNOWN_CATEGORY'
  /** productIds names a product that does not exist */
  | 'UNKNOWN_PRODUCT';

/** PENDING until the payment provider confirms, then SUCCEEDED; FAILED when the last attempt failed (lastError says why): it is tried again, with growing delays, until it succeeds */
export type RefundStatus =
  /** The last attempt failed (lastError); it will be tried again */
  | 'FAILED'
  /** Asked of the provider, not confirmed yet */
  | 'PENDING'
  /** The provider confirmed it: the money is on its way back */
  | 'SUCCEEDED';

/** An operation to register for a partner app */
export type RegisterAppOperationInput = {
  /** The app it is for */
  appId: string | number;
  /** One named operation and its fragments, valid against the API schema, at most APP_OPERATION_MAX_BYTES (16 KiB by default); its hash is over these exact bytes */
  document: string;
};

/** A new customer account */
export type RegisterInput = {
  /** Sign-in address, at most 254 characters; stored lower-cased and must be unused (EMAIL_TAKEN) */
  email: string;
  /** Display name, 1 to 100 characters after trimming */
  name: string;
  /** At least 10 characters, and not easy to guess (WEAK_PASSWORD says why) */
  password: string;
};

/** What a signed-in user may do */
export type Role =
  /** Also the whole API: the catalog, every order and account, reports (fields marked ADMIN) */
  | 'ADMIN'
  /** A shopper: their own account, carts, orders and notifications, and the storefront schema */
  | 'CUSTOMER';

/** What a search suggestion names */
export type SearchSuggestionKind =
  /** A category: `category` is set */
  | 'CATEGORY'
  /** A product on sale: `product` is set */
  | 'PRODUCT';

/** A country's rate for a tax category; replaces the one it had */
export type SetTaxRateInput = {
  /** The products it taxes */
  category: TaxCategory;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** 0 to 10000 basis points (0% to 100%): 1900 is 19% */
  rateBasisPoints: number;
};

/** Stable codes of the Stock area's userErrors: a client may match on them (new ones may be added) */
export type StockErrorCode =
  /** The same variant is on two lines */
  | 'DUPLICATE_VARIANT'
  /** Removing this many would take the stock below zero */
  | 'INSUFFICIENT_STOCK'
  /** The order id is malformed */
  | 'INVALID_ORDER_ID'
  /** adjustStock: delta is not a whole number from -1000000 to 1000000 other than 0; reserveStock: a quantity is not 1 to 1000 */
  | 'INVALID_QUANTITY'
  /** The reason is longer than 500 characters */
  | 'INVALID_REASON'
  /** The change would take the stock above 1,000,000 */
  | 'INVALID_STOCK'
  /** No lines to reserve */
  | 'NO_LINES'
  /** Fewer units are in stock than asked for */
  | 'OUT_OF_STOCK'
  /** The order already reserved different lines */
  | 'RESERVATION_MISMATCH'
  /** The order's reservation was released: it cannot be reserved again */
  | 'RESERVATION_RELEASED'
  /** More than 100 lines in one reservation */
  | 'TOO_MANY_LINES'
  /** No variant has this id */
  | 'VARIANT_NOT_FOUND'
  /** The variant's product is archived: it is no longer sold */
  | 'VARIANT_UNAVAILABLE';

/** Which of a country's rates taxes a product */
export type TaxCategory =
  /** The country's reduced rate (food, books, ...) */
  | 'REDUCED'
  /** The country's standard rate */
  | 'STANDARD'
  /** Taxed at the rate set for ZERO, usually 0 */
  | 'ZERO';

/** Stable codes of the Tax area's userErrors: a client may match on them (new ones may be added) */
export type TaxErrorCode =
  /** The country is not an ISO 3166-1 alpha-2 code */
  | 'INVALID_COUNTRY'
  /** rateBasisPoints is not a whole number from 0 to 10000 */
  | 'INVALID_RATE'
  /** No tax rate has this id */
  | 'TAX_RATE_NOT_FOUND';

/** A new variant of a product */
export type VariantInput = {
  /** Its swatch colour, `#rrggbb` or `#rgb` (INVALID_COLOUR otherwise); none when omitted */
  colour?: string | null | undefined;
  /** ISO 4217 code, USD, EUR or GBP (one for all variants of a product); USD when omitted */
  currency?: string | null | undefined;
  /** addVariant only: a ProductMedia.id of its product that shows it (MEDIA_NOT_FOUND otherwise) */
  imageId?: string | null | undefined;
  /** Exactly one value per option of the product; omitted for a product without options */
  options?: Array<VariantOptionInput> | null | undefined;
  /** The price in minor units of the currency (cents): 0 to 100,000,000 */
  priceCents: number;
  /** Unique across the catalog; stored upper-case */
  sku: string;
  /** Units in stock at the start, 0 to 1,000,000; 0 when omitted */
  stock?: number | null | undefined;
};

/** A variant's value for one option of its product */
export type VariantOptionInput = {
  /** One of the product's option names */
  name: string;
  /** The value, 1 to 60 characters */
  value: string;
};

export type DeduplicationCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeduplicationCategoriesQuery = { categories: Array<{ slug: string, name: string }> };

export type DeduplicationCartQueryVariables = Exact<{ [key: string]: never; }>;


export type DeduplicationCartQuery = { cart: { totalQuantity: number } | null };

export type DeduplicationClearCartMutationVariables = Exact<{ [key: string]: never; }>;


export type DeduplicationClearCartMutation = { clearCart: { cart: { totalQuantity: number } | null, userErrors: Array<{ code: CartErrorCode }> } };

export type FederationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationMeQuery = { me: { id: string, email: string, name: string } | null };

export type FederationMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationMeIdQuery = { me: { id: string } | null };

export type FederationMeAndProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationMeAndProductsQuery = { me: { name: string } | null, products: { totalCount: number, nodes: Array<{ slug: string, name: string, category: { slug: string }, priceRange: { min: { amountCents: number, currency: string, formatted: string } } }> } };

export type FederationSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationSearchQuery = { products: { nodes: Array<{ slug: string }> } };

export type FederationProductQueryVariables = Exact<{
  slug: string;
}>;


export type FederationProductQuery = { product: { slug: string, name: string, images: Array<string>, inStock: boolean, variants: Array<{ sku: string, title: string, quantityAvailable: number, price: { amountCents: number } }> } | null };

export type MediaProductImagesQueryVariables = Exact<{
  slug: string;
}>;


export type MediaProductImagesQuery = { product: { id: string, media: Array<{ id: string, alt: string, width: number, height: number, url: string, srcset: string }> } | null };

export type MediaAProductQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaAProductQuery = { products: { nodes: Array<{ slug: string }> } };

export type MediaAddMutationVariables = Exact<{
  input: AddProductMediaInput;
}>;


export type MediaAddMutation = { addProductMedia: { product: { id: string } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type MetricsCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsCategoriesQuery = { categories: Array<{ slug: string }> };

export type MoneyPricesQueryVariables = Exact<{
  slug: string;
}>;


export type MoneyPricesQuery = { product: { variants: Array<{ id: string, price: { amount: `${number}`, currencyCode: CurrencyCode, formatted: string } }> } | null };

export type MoneyOrderUpdatedSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type MoneyOrderUpdatedSubscription = { orderUpdated: { status: OrderStatus, total: { amount: `${number}`, formatted: string }, lines: Array<{ variant: { price: { amount: `${number}`, formatted: string } } | null }> } };

export type NodePaymentFieldsFragment = { id: string, provider: string, reference: string | null, paymentStatus: PaymentStatus, amount: { amountCents: number, currency: string } };

export type NodeRefundFieldsFragment = { id: string, reference: string | null, refundStatus: RefundStatus, amount: { amountCents: number, currency: string } };

export type NodeCartCreateMutationVariables = Exact<{
  input: CartCreateInput;
}>;


export type NodeCartCreateMutation = { cartCreate: { cart: { id: string, lines: Array<{ id: string }> } | null, userErrors: Array<{ code: CartErrorCode }> } };

export type NodeCancelOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type NodeCancelOrderMutation = { cancelOrder: { order: { status: OrderStatus, payments: Array<{ id: string, provider: string, reference: string | null, paymentStatus: PaymentStatus, amount: { amountCents: number, currency: string } }>, refunds: Array<{ id: string, reference: string | null, refundStatus: RefundStatus, amount: { amountCents: number, currency: string } }> } | null, userErrors: Array<{ code: OrderErrorCode }> } };

export type NodeFirstNotificationQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeFirstNotificationQuery = { me: { notifications: { nodes: Array<{ id: string }> } } | null };

export type NodeInStockProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeInStockProductsQuery = { products: { nodes: Array<{ id: string, category: { id: string }, variants: Array<{ id: string, quantityAvailable: number }> }> } };

export type NodeMugsQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeMugsQuery = { products: { nodes: Array<{ id: string }> } };

export type NodeArchiveProductMutationVariables = Exact<{
  id: string | number;
}>;


export type NodeArchiveProductMutation = { archiveProduct: { product: { id: string, status: ProductStatus } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type NodeOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeOrderQuery = { order: { id: string } | null };

export type NodeCartQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type NodeCartQuery = { cart: { id: string, lines: Array<{ id: string }> } | null };

export type NodeCartLinesRemoveMutationVariables = Exact<{
  cartId: string | number;
  lineIds: Array<string | number> | string | number;
}>;


export type NodeCartLinesRemoveMutation = { cartLinesRemove: { cart: { id: string } | null } };

type NodeOwnerFields_ApiKey_Fragment = { __typename: 'ApiKey', id: string };

type NodeOwnerFields_Cart_Fragment = { __typename: 'Cart', totalQuantity: number, id: string };

type NodeOwnerFields_CartLine_Fragment = { __typename: 'CartLine', quantity: number, id: string };

type NodeOwnerFields_Category_Fragment = { __typename: 'Category', slug: string, id: string };

type NodeOwnerFields_Notification_Fragment = { __typename: 'Notification', subject: string, id: string };

type NodeOwnerFields_Order_Fragment = { __typename: 'Order', number: string, status: OrderStatus, id: string };

type NodeOwnerFields_PartnerApp_Fragment = { __typename: 'PartnerApp', id: string };

type NodeOwnerFields_Payment_Fragment = { __typename: 'Payment', id: string, provider: string, reference: string | null, paymentStatus: PaymentStatus, amount: { amountCents: number, currency: string } };

type NodeOwnerFields_Product_Fragment = { __typename: 'Product', slug: string, id: string };

type NodeOwnerFields_ProductVariant_Fragment = { __typename: 'ProductVariant', sku: string, id: string };

type NodeOwnerFields_Promotion_Fragment = { __typename: 'Promotion', id: string };

type NodeOwnerFields_Refund_Fragment = { __typename: 'Refund', id: string, reference: string | null, refundStatus: RefundStatus, amount: { amountCents: number, currency: string } };

type NodeOwnerFields_SavedAddress_Fragment = { __typename: 'SavedAddress', id: string };

type NodeOwnerFields_ShippingMethod_Fragment = { __typename: 'ShippingMethod', id: string };

type NodeOwnerFields_ShippingZone_Fragment = { __typename: 'ShippingZone', id: string };

type NodeOwnerFields_TaxRate_Fragment = { __typename: 'TaxRate', id: string };

type NodeOwnerFields_User_Fragment = { __typename: 'User', name: string, id: string };

type NodeOwnerFields_WebhookDelivery_Fragment = { __typename: 'WebhookDelivery', id: string };

type NodeOwnerFields_WebhookEndpoint_Fragment = { __typename: 'WebhookEndpoint', id: string };

export type NodeOwnerFieldsFragment =
  | NodeOwnerFields_ApiKey_Fragment
  | NodeOwnerFields_Cart_Fragment
  | NodeOwnerFields_CartLine_Fragment
  | NodeOwnerFields_Category_Fragment
  | NodeOwnerFields_Notification_Fragment
  | NodeOwnerFields_Order_Fragment
  | NodeOwnerFields_PartnerApp_Fragment
  | NodeOwnerFields_Payment_Fragment
  | NodeOwnerFields_Product_Fragment
  | NodeOwnerFields_ProductVariant_Fragment
  | NodeOwnerFields_Promotion_Fragment
  | NodeOwnerFields_Refund_Fragment
  | NodeOwnerFields_SavedAddress_Fragment
  | NodeOwnerFields_ShippingMethod_Fragment
  | NodeOwnerFields_ShippingZone_Fragment
  | NodeOwnerFields_TaxRate_Fragment
  | NodeOwnerFields_User_Fragment
  | NodeOwnerFields_WebhookDelivery_Fragment
  | NodeOwnerFields_WebhookEndpoint_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Cart', totalQuantity: number, id: string }
    | { __typename: 'CartLine', quantity: number, id: string }
    | { __typename: 'Category', slug: string, id: string }
    | { __typename: 'Notification', subject: string, id: string }
    | { __typename: 'Order', number: string, status: OrderStatus, id: string }
    | { __typename: 'PartnerApp', id: string }
    | { __typename: 'Payment', id: string, provider: string, reference: string | null, paymentStatus: PaymentStatus, amount: { amountCents: number, currency: string } }
    | { __typename: 'Product', slug: string, id: string }
    | { __typename: 'ProductVariant', sku: string, id: string }
    | { __typename: 'Promotion', id: string }
    | { __typename: 'Refund', id: string, reference: string | null, refundStatus: RefundStatus, amount: { amountCents: number, currency: string } }
    | { __typename: 'SavedAddress', id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'ShippingZone', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', name: string, id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Cart', totalQuantity: number, id: string }
    | { __typename: 'CartLine', quantity: number, id: string }
    | { __typename: 'Category', slug: string, id: string }
    | { __typename: 'Notification', subject: string, id: string }
    | { __typename: 'Order', number: string, status: OrderStatus, id: string }
    | { __typename: 'PartnerApp', id: string }
    | { __typename: 'Payment', id: string, provider: string, reference: string | null, paymentStatus: PaymentStatus, amount: { amountCents: number, currency: string } }
    | { __typename: 'Product', slug: string, id: string }
    | { __typename: 'ProductVariant', sku: string, id: string }
    | { __typename: 'Promotion', id: string }
    | { __typename: 'Refund', id: string, reference: string | null, refundStatus: RefundStatus, amount: { amountCents: number, currency: string } }
    | { __typename: 'SavedAddress', id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'ShippingZone', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', name: string, id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null> };

export type NodeBareQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeBareQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PartnerApp', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductVariant', id: string }
    | { __typename: 'Promotion', id: string }
    | { __typename: 'Refund', id: string }
    | { __typename: 'SavedAddress', id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'ShippingZone', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type OperationsMeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsMeNameQuery = { me: { name: string } | null };

export type OperationsMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsMeIdQuery = { me: { id: string } | null };

export type OperationsIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsIntrospectionQuery = { __schema: { queryType: { name: string | null } } };

export type OperationsCategorySlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsCategorySlugsQuery = { categories: Array<{ slug: string }> };

export type AuthSessionFragment = { accessToken: string | null, refreshToken: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> };

export type OrderChangeFragment = { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> };

export type UserChangeErrorsFragment = { userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string | null, refreshToken: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, refreshToken: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RefreshMutationVariables = Exact<{
  token: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string | null, refreshToken: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type LogoutMutationVariables = Exact<{
  token: string;
}>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { user: { id: string } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type SetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { user: { id: string, role: Role } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableUserMutation = { disableUser: { user: { id: string, disabled: boolean } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { user: { id: string, disabled: boolean } | null, userErrors: Array<{ code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type InStockProductsQueryVariables = Exact<{
  first: number;
}>;


export type InStockProductsQuery = { products: { nodes: Array<{ slug: string, name: string, variants: Array<{ id: string, sku: string }> }> } };

export type AddToCartMutationVariables = Exact<{
  variantId: string | number;
}>;


export type AddToCartMutation = { addToCart: { userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { order: { id: string, number: string, status: OrderStatus } | null, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null, message: string }> } };

export type PayOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type PayOrderMutation = { payOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateOrderStatusMutationVariables = Exact<{
  orderId: string | number;
  status: OrderStatus;
}>;


export type UpdateOrderStatusMutation = { updateOrderStatus: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type PartnersCreateAppMutationVariables = Exact<{
  input: CreatePartnerAppInput;
}>;


export type PartnersCreateAppMutation = { createPartnerApp: { apiKey: string | null, app: { id: string, name: string, scopes: Array<PartnerScope>, disabled: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode, message: string }> } };

export type PartnersCreateKeyMutationVariables = Exact<{
  appId: string | number;
  retire?: number | null | undefined;
}>;


export type PartnersCreateKeyMutation = { createApiKey: { apiKey: string | null, key: { id: string, prefix: string, expiresAt: string | null, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode }> } };

export type PartnersRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersRevokeKeyMutation = { revokeApiKey: { apiKey: string | null, key: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode }> } };

export type PartnersSetDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type PartnersSetDisabledMutation = { setPartnerAppDisabled: { app: { id: string, disabled: boolean } | null, userErrors: Array<{ code: PartnerAppErrorCode }> } };

export type PartnersRenameMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type PartnersRenameMutation = { renamePartnerApp: { app: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode }> } };

export type PartnersDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersDeleteMutation = { deletePartnerApp: { deletedAppId: string | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode }> } };

export type PartnersListQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersListQuery = { partnerApps: { totalCount: number, nodes: Array<{ id: string, name: string, scopes: Array<PartnerScope>, disabled: boolean, apiKeys: Array<{ id: string, prefix: string, createdAt: string, revokedAt: string | null }> }> } };

export type PartnersProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersProductsQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, variants: Array<{ id: string, sku: string }> }> } };

export type PartnersViewerAppQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersViewerAppQuery = { viewerApp: { id: string, name: string, scopes: Array<PartnerScope> } | null };

export type PartnersOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersOrdersQuery = { orders: { totalCount: number, nodes: Array<{ id: string, status: OrderStatus }> } };

export type PartnersOrderAddressQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersOrderAddressQuery = { order: { id: string, shippingAddress: { name: string } } | null };

export type PartnersUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersUsersQuery = { users: { nodes: Array<{ email: string }> } };

export type PartnersCartCreateMutationVariables = Exact<{
  input: CartCreateInput;
}>;


export type PartnersCartCreateMutation = { cartCreate: { cart: { id: string } | null, userErrors: Array<{ code: CartErrorCode }> } };

export type PartnersCreateCategoryMutationVariables = Exact<{
  name: string;
}>;


export type PartnersCreateCategoryMutation = { createCategory: { category: { id: string, name: string } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type PartnersCancelOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type PartnersCancelOrderMutation = { updateOrderStatus: { order: { id: string, status: OrderStatus, statusHistory: Array<{ to: OrderStatus, by: string | null }> } | null, userErrors: Array<{ code: OrderErrorCode }> } };

export type OperationsCreateAppMutationVariables = Exact<{
  input: CreatePartnerAppInput;
}>;


export type OperationsCreateAppMutation = { createPartnerApp: { apiKey: string | null, app: { id: string } | null, userErrors: Array<{ code: PartnerAppErrorCode }> } };

export type OperationsRegisterMutationVariables = Exact<{
  input: RegisterAppOperationInput;
}>;


export type OperationsRegisterMutation = { registerAppOperation: { operation: { name: string, hash: string, document: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode, message: string }> } };

export type OperationsDeleteMutationVariables = Exact<{
  appId: string | number;
  hash: string;
}>;


export type OperationsDeleteMutation = { deleteAppOperation: { deletedHash: string | null, userErrors: Array<{ field: Array<string> | null, code: PartnerAppErrorCode }> } };

export type OperationsSetSafelistedMutationVariables = Exact<{
  id: string | number;
  safelistedOnly: boolean;
}>;


export type OperationsSetSafelistedMutation = { setPartnerAppSafelistedOnly: { app: { id: string, safelistedOnly: boolean } | null, userErrors: Array<{ code: PartnerAppErrorCode }> } };

export type OperationsSetDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type OperationsSetDisabledMutation = { setPartnerAppDisabled: { app: { disabled: boolean } | null } };

export type OperationsListQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationsListQuery = { node:
    | { safelistedOnly: boolean, operations: Array<{ name: string, hash: string }> }
    | Record<PropertyKey, never>
   | null };

export type OperationsUsageQueryVariables = Exact<{
  id: string | number;
  days: number;
}>;


export type OperationsUsageQuery = { node:
    | { usage: Array<{ day: string, requests: number, errors: number, cost: number, operations: Array<{ name: string, requests: number, errors: number, cost: number }> }> }
    | Record<PropertyKey, never>
   | null };

export type OperationsRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type OperationsRevokeKeyMutation = { revokeApiKey: { key: { revokedAt: string | null } | null } };

export type OperationsKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationsKeysQuery = { node:
    | { apiKeys: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null };

export type PersistedCategoryNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedCategoryNamesQuery = { categories: Array<{ slug: string, name: string }> };

export type PersistedCategorySlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedCategorySlugsQuery = { categories: Array<{ slug: string }> };

export type PersistedSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type PersistedSignInMutation = { login: { accessToken: string | null, userErrors: Array<{ code: AccountErrorCode }> } };

export type PersistedSignInAndMoreMutationVariables = Exact<{
  input: LoginInput;
}>;


export type PersistedSignInAndMoreMutation = { login: { accessToken: string | null }, cartCreate: { cart: { id: string } | null } };

export type PersistedOrderUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PersistedOrderUpdatesSubscription = { orderUpdated: { id: string, status: OrderStatus } };

export type CacheSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheSearchQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, slug: string }> } };

export type CacheProductPageQueryVariables = Exact<{
  slug: string;
}>;


export type CacheProductPageQuery = { product: { id: string, name: string, variants: Array<{ id: string, quantityAvailable: number, availableForSale: boolean, price: { amount: `${number}`, formatted: string } }> } | null };

export type CachePricedSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type CachePricedSearchQuery = { products: { nodes: Array<{ id: string, variants: Array<{ id: string, price: { formatted: string } }> }> } };

export type CacheATeeQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheATeeQuery = { products: { nodes: Array<{ slug: string, variants: Array<{ id: string }> }> } };

export type CachePrivateQueryVariables = Exact<{ [key: string]: never; }>;


export type CachePrivateQuery = { me: { id: string, orders: { totalCount: number } | null } | null, cart: { id: string, totalQuantity: number } | null };

export type CacheGuestCartCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type CacheGuestCartCreateMutation = { cartCreate: { cart: { id: string } | null } };

export type CacheGuestCartQueryVariables = Exact<{
  id: string | number;
}>;


export type CacheGuestCartQuery = { cart: { id: string } | null };

export type CacheMixedQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheMixedQuery = { categories: Array<{ id: string }>, me: { id: string } | null };

export type CacheCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheCategoriesQuery = { categories: Array<{ id: string }> };

export type CacheLargeQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheLargeQuery = { products: { nodes: Array<{ id: string, name: string, slug: string, description: string }> } };

export type CacheInStockQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheInStockQuery = { products: { nodes: Array<{ id: string }> } };

export type CacheCatalogStockQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheCatalogStockQuery = { products: { nodes: Array<{ slug: string, variants: Array<{ id: string, stock: number }> }> } };

export type CacheVariantStockQueryVariables = Exact<{
  slug: string;
}>;


export type CacheVariantStockQuery = { product: { variants: Array<{ id: string, stock: number }> } | null };

export type CacheSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type CacheSuggestQuery = { searchSuggestions: Array<{ kind: SearchSuggestionKind, text: string }> };

export type CacheCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CacheCreateProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type CacheUpdatePriceMutationVariables = Exact<{
  id: string | number;
  price: `${number}`;
}>;


export type CacheUpdatePriceMutation = { updateVariant: { variant: { id: string, price: { amount: `${number}` } } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type CacheAdjustStockMutationVariables = Exact<{
  id: string | number;
  delta: number;
}>;


export type CacheAdjustStockMutation = { adjustStock: { variant: { id: string, stock: number } | null, userErrors: Array<{ code: StockErrorCode }> } };

export type RevocationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMeQuery = { me: { id: string, role: Role } | null };

export type RevocationUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationUsersQuery = { users: { totalCount: number } };

export type RevocationOrderUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RevocationOrderUpdatedSubscription = { orderUpdated: { id: string, status: OrderStatus } };

export type RevocationFoundQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type RevocationFoundQuery = { users: { nodes: Array<{ role: Role }> } };

export type CookieTokensFragment = { accessToken: string | null, refreshToken: string | null, user: { email: string } | null, userErrors: Array<{ code: AccountErrorCode }> };

export type CookieRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type CookieRefreshMutation = { refreshSession: { accessToken: string | null, refreshToken: string | null, user: { email: string } | null, userErrors: Array<{ code: AccountErrorCode }> } };

export type CookieLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type CookieLogoutMutation = { logout: boolean };

export type CookieMeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type CookieMeNameQuery = { me: { name: string } | null };

export type CookieMeCartProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type CookieMeCartProductsQuery = { me: { name: string, cart: { totalQuantity: number } | null } | null, products: { totalCount: number } };

export type SigningMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SigningMeQuery = { me: { id: string, email: string } | null };

export type SigningNoSuchProductQueryVariables = Exact<{ [key: string]: never; }>;


export type SigningNoSuchProductQuery = { product: { id: string } | null };

export type OrderUpdatedSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type OrderUpdatedSubscription = { orderUpdated: { id: string, status: OrderStatus, statusHistory: Array<{ to: OrderStatus }>, user: { email: string } | null, lines: Array<{ quantity: number, variant: { sku: string, product: { name: string } } | null }> } };

export type StatusOnlySubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type StatusOnlySubscription = { orderUpdated: { id: string, status: OrderStatus } };

export type SupervisorCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorCategoriesQuery = { categories: Array<{ slug: string }> };

export type SupervisorProductCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorProductCountQuery = { products: { totalCount: number } };

export type SupervisorTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorTypenameQuery = { __typename: 'Query' };

export type TracingInStockQueryVariables = Exact<{ [key: string]: never; }>;


export type TracingInStockQuery = { products: { nodes: Array<{ variants: Array<{ id: string, quantityAvailable: number }> }> } };

export type OrdersGatewayCreateKitchenMutationVariables = Exact<{ [key: string]: never; }>;


export type OrdersGatewayCreateKitchenMutation = { createCategory: { userErrors: Array<{ code: CatalogErrorCode }> } };

export type OrdersGatewayCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type OrdersGatewayCreateProductMutation = { createProduct: { product: { variants: Array<{ id: string, sku: string }> } | null, userErrors: Array<{ code: CatalogErrorCode }> } };

export type OrdersGatewayLineVariantFragment = { sku: string, price: { formatted: string }, product: { name: string } };

export type OrdersGatewayAddTwoToCartMutationVariables = Exact<{
  v: string | number;
}>;


export type OrdersGatewayAddTwoToCartMutation = { addToCart: { cart: { lines: Array<{ quantity: number, lineTotal: { formatted: string } | null, variant: { sku: string, price: { formatted: string }, product: { name: string } } | null }>, subtotal: { formatted: string } } | null, userErrors: Array<{ code: CartErrorCode }> } };

export type OrdersGatewayPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type OrdersGatewayPlaceOrderMutation = { placeOrder: { order: { id: string, number: string, status: OrderStatus, user: { id: string, email: string } | null } | null, userErrors: Array<{ code: CheckoutErrorCode }> } };

export type OrdersGatewayMyOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersGatewayMyOrdersQuery = { me: { orders: { nodes: Array<{ number: string, status: OrderStatus, lines: Array<{ quantity: number, variant: { sku: string, price: { formatted: string }, product: { name: string } } | null }> }> } | null } | null };

export type E2eSentMailQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eSentMailQuery = { sentMail: Array<{ recipient: string, subject: string, text: string }> | null };

export type E2eShippingZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eShippingZonesQuery = { shippingZones: Array<{ name: string, countries: Array<string>, methods: Array<{ name: string, price: { amountCents: number }, freeAbove: { amountCents: number } | null }> }> };

export type E2ePromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2ePromotionsQuery = { promotions: Array<{ name: string, couponCode: string | null, percentOff: number | null, freeShipping: boolean, usageLimit: number | null, perCustomerLimit: number | null, endsAt: string | null, amountOff: { amountCents: number } | null, minSubtotal: { amountCents: number } | null }> };

export type E2eOrderAddressQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eOrderAddressQuery = { order: { status: OrderStatus, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string } } | null };

export type E2eSetTaxRateMutationVariables = Exact<{
  input: SetTaxRateInput;
}>;


export type E2eSetTaxRateMutation = { setTaxRate: { userErrors: Array<{ code: TaxErrorCode, message: string }> } };

export type E2eCreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type E2eCreatePromotionMutation = { createPromotion: { promotion: { id: string } | null, userErrors: Array<{ code: PromotionErrorCode, message: string }> } };

export type E2eProductPriceQueryVariables = Exact<{
  slug: string;
}>;


export type E2eProductPriceQuery = { product: { taxCategory: TaxCategory, variants: Array<{ title: string, price: { amountCents: number, currency: string } }> } | null };

export type E2eVariantsQueryVariables = Exact<{
  slug: string;
}>;


export type E2eVariantsQuery = { product: { variants: Array<{ id: string, quantityAvailable: number }> } | null };

export type E2eVariantStockQueryVariables = Exact<{
  slug: string;
}>;


export type E2eVariantStockQuery = { product: { variants: Array<{ id: string, stock: number }> } | null };

export type E2eAdjustStockMutationVariables = Exact<{
  id: string | number;
  delta: number;
}>;


export type E2eAdjustStockMutation = { adjustStock: { userErrors: Array<{ message: string }> } };

export type E2eCartLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eCartLinesQuery = { cart: { lines: Array<{ variant: { id: string } | null }> } | null };

export type E2eRemoveFromCartMutationVariables = Exact<{
  id: string | number;
}>;


export type E2eRemoveFromCartMutation = { removeFromCart: { userErrors: Array<{ message: string }> } };

export type E2eRaisePriceMutationVariables = Exact<{
  id: string | number;
}>;


export type E2eRaisePriceMutation = { updateVariant: { userErrors: Array<{ message: string }> } };

export type E2eOrderTotalQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eOrderTotalQuery = { order: { total: { amountCents: number } } | null };

export const NodePaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"paymentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]} as unknown as DocumentNode<NodePaymentFieldsFragment, unknown>;
export const NodeRefundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"refundStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]} as unknown as DocumentNode<NodeRefundFieldsFragment, unknown>;
export const NodeOwnerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeOwnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CartLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodePaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRefundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"paymentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"refundStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]} as unknown as DocumentNode<NodeOwnerFieldsFragment, unknown>;
export const AuthSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AuthSessionFragment, unknown>;
export const OrderChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OrderChangeFragment, unknown>;
export const UserChangeErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UserChangeErrorsFragment, unknown>;
export const CookieTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CookieTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CookieTokensFragment, unknown>;
export const OrdersGatewayLineVariantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrdersGatewayLineVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayLineVariantFragment, unknown>;
export const DeduplicationCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeduplicationCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeduplicationCategoriesQuery, DeduplicationCategoriesQueryVariables>;
export const DeduplicationCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeduplicationCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}}]} as unknown as DocumentNode<DeduplicationCartQuery, DeduplicationCartQueryVariables>;
export const DeduplicationClearCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeduplicationClearCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeduplicationClearCartMutation, DeduplicationClearCartMutationVariables>;
export const FederationMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FederationMeQuery, FederationMeQueryVariables>;
export const FederationMeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationMeId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FederationMeIdQuery, FederationMeIdQueryVariables>;
export const FederationMeAndProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationMeAndProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"tee","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FederationMeAndProductsQuery, FederationMeAndProductsQueryVariables>;
export const FederationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"hoodie","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<FederationSearchQuery, FederationSearchQueryVariables>;
export const FederationProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}}]}}]}}]}}]} as unknown as DocumentNode<FederationProductQuery, FederationProductQueryVariables>;
export const MediaProductImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaProductImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"640"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]}]}}]}}]}}]} as unknown as DocumentNode<MediaProductImagesQuery, MediaProductImagesQueryVariables>;
export const MediaAProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaAProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<MediaAProductQuery, MediaAProductQueryVariables>;
export const MediaAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MediaAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProductMediaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProductMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MediaAddMutation, MediaAddMutationVariables>;
export const MetricsCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<MetricsCategoriesQuery, MetricsCategoriesQueryVariables>;
export const MoneyPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyPricesQuery, MoneyPricesQueryVariables>;
export const MoneyOrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MoneyOrderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyOrderUpdatedSubscription, MoneyOrderUpdatedSubscriptionVariables>;
export const NodeCartCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NodeCartCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeCartCreateMutation, NodeCartCreateMutationVariables>;
export const NodeCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NodeCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodePaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRefundFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"paymentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"refundStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]} as unknown as DocumentNode<NodeCancelOrderMutation, NodeCancelOrderMutationVariables>;
export const NodeFirstNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeFirstNotification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeFirstNotificationQuery, NodeFirstNotificationQueryVariables>;
export const NodeInStockProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeInStockProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inStock"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeInStockProductsQuery, NodeInStockProductsQueryVariables>;
export const NodeMugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeMugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"mug","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeMugsQuery, NodeMugsQueryVariables>;
export const NodeArchiveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NodeArchiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeArchiveProductMutation, NodeArchiveProductMutationVariables>;
export const NodeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeOrderQuery, NodeOrderQueryVariables>;
export const NodeCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeCartQuery, NodeCartQueryVariables>;
export const NodeCartLinesRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NodeCartLinesRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeCartLinesRemoveMutation, NodeCartLinesRemoveMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeOwnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"paymentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"refundStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeOwnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CartLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodePaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRefundFields"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeOwnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"paymentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"refundStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeOwnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CartLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodePaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRefundFields"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeBareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeBare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeBareQuery, NodeBareQueryVariables>;
export const OperationsMeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsMeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OperationsMeNameQuery, OperationsMeNameQueryVariables>;
export const OperationsMeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsMeId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OperationsMeIdQuery, OperationsMeIdQueryVariables>;
export const OperationsIntrospectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsIntrospection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsIntrospectionQuery, OperationsIntrospectionQueryVariables>;
export const OperationsCategorySlugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsCategorySlugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<OperationsCategorySlugsQuery, OperationsCategorySlugsQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"}}]}}]} as unknown as DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const InStockProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InStockProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inStock"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InStockProductsQuery, InStockProductsQueryVariables>;
export const AddToCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddToCartMutation, AddToCartMutationVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentToken"},"value":{"kind":"StringValue","value":"tok_visa","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const UpdateOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateOrderStatusMutation, UpdateOrderStatusMutationVariables>;
export const PartnersCreateAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCreateApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCreateAppMutation, PartnersCreateAppMutationVariables>;
export const PartnersCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retire"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"retireOtherKeysAfterSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retire"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCreateKeyMutation, PartnersCreateKeyMutationVariables>;
export const PartnersRevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersRevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersRevokeKeyMutation, PartnersRevokeKeyMutationVariables>;
export const PartnersSetDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersSetDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerAppDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersSetDisabledMutation, PartnersSetDisabledMutationVariables>;
export const PartnersRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamePartnerApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersRenameMutation, PartnersRenameMutationVariables>;
export const PartnersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePartnerApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAppId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersDeleteMutation, PartnersDeleteMutationVariables>;
export const PartnersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerApps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersListQuery, PartnersListQueryVariables>;
export const PartnersProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersProductsQuery, PartnersProductsQueryVariables>;
export const PartnersViewerAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersViewerApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<PartnersViewerAppQuery, PartnersViewerAppQueryVariables>;
export const PartnersOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersOrdersQuery, PartnersOrdersQueryVariables>;
export const PartnersOrderAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersOrderAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersOrderAddressQuery, PartnersOrderAddressQueryVariables>;
export const PartnersUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersUsersQuery, PartnersUsersQueryVariables>;
export const PartnersCartCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCartCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCartCreateMutation, PartnersCartCreateMutationVariables>;
export const PartnersCreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCreateCategoryMutation, PartnersCreateCategoryMutationVariables>;
export const PartnersCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CANCELLED"}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"partner cancelled","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCancelOrderMutation, PartnersCancelOrderMutationVariables>;
export const OperationsCreateAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsCreateApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsCreateAppMutation, OperationsCreateAppMutationVariables>;
export const OperationsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAppOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAppOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsRegisterMutation, OperationsRegisterMutationVariables>;
export const OperationsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedHash"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsDeleteMutation, OperationsDeleteMutationVariables>;
export const OperationsSetSafelistedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsSetSafelisted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"safelistedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerAppSafelistedOnly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"safelistedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"safelistedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"safelistedOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsSetSafelistedMutation, OperationsSetSafelistedMutationVariables>;
export const OperationsSetDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsSetDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerAppDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsSetDisabledMutation, OperationsSetDisabledMutationVariables>;
export const OperationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safelistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsListQuery, OperationsListQueryVariables>;
export const OperationsUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsUsageQuery, OperationsUsageQueryVariables>;
export const OperationsRevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperationsRevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsRevokeKeyMutation, OperationsRevokeKeyMutationVariables>;
export const OperationsKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsKeysQuery, OperationsKeysQueryVariables>;
export const PersistedCategoryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersistedCategoryNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersistedCategoryNamesQuery, PersistedCategoryNamesQueryVariables>;
export const PersistedCategorySlugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersistedCategorySlugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<PersistedCategorySlugsQuery, PersistedCategorySlugsQueryVariables>;
export const PersistedSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersistedSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PersistedSignInMutation, PersistedSignInMutationVariables>;
export const PersistedSignInAndMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersistedSignInAndMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PersistedSignInAndMoreMutation, PersistedSignInAndMoreMutationVariables>;
export const PersistedOrderUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PersistedOrderUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PersistedOrderUpdatesSubscription, PersistedOrderUpdatesSubscriptionVariables>;
export const CacheSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"tee","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CacheSearchQuery, CacheSearchQueryVariables>;
export const CacheProductPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"availableForSale"}}]}}]}}]}}]} as unknown as DocumentNode<CacheProductPageQuery, CacheProductPageQueryVariables>;
export const CachePricedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachePricedSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"tee","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachePricedSearchQuery, CachePricedSearchQueryVariables>;
export const CacheATeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheATee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"tee","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheATeeQuery, CacheATeeQueryVariables>;
export const CachePrivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachePrivate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}}]} as unknown as DocumentNode<CachePrivateQuery, CachePrivateQueryVariables>;
export const CacheGuestCartCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheGuestCartCreate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CacheGuestCartCreateMutation, CacheGuestCartCreateMutationVariables>;
export const CacheGuestCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheGuestCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CacheGuestCartQuery, CacheGuestCartQueryVariables>;
export const CacheMixedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheMixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CacheMixedQuery, CacheMixedQueryVariables>;
export const CacheCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CacheCategoriesQuery, CacheCategoriesQueryVariables>;
export const CacheLargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheLarge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CacheLargeQuery, CacheLargeQueryVariables>;
export const CacheInStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheInStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inStock"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CacheInStockQuery, CacheInStockQueryVariables>;
export const CacheCatalogStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheCatalogStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheCatalogStockQuery, CacheCatalogStockQueryVariables>;
export const CacheVariantStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheVariantStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]}}]} as unknown as DocumentNode<CacheVariantStockQuery, CacheVariantStockQueryVariables>;
export const CacheSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CacheSuggestQuery, CacheSuggestQueryVariables>;
export const CacheCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CacheCreateProductMutation, CacheCreateProductMutationVariables>;
export const CacheUpdatePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheUpdatePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"price"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"price"},"value":{"kind":"Variable","name":{"kind":"Name","value":"price"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CacheUpdatePriceMutation, CacheUpdatePriceMutationVariables>;
export const CacheAdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheAdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"delta"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delta"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CacheAdjustStockMutation, CacheAdjustStockMutationVariables>;
export const RevocationMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RevocationMeQuery, RevocationMeQueryVariables>;
export const RevocationUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RevocationUsersQuery, RevocationUsersQueryVariables>;
export const RevocationOrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RevocationOrderUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevocationOrderUpdatedSubscription, RevocationOrderUpdatedSubscriptionVariables>;
export const RevocationFoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationFound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RevocationFoundQuery, RevocationFoundQueryVariables>;
export const CookieRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CookieRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CookieTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CookieTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CookieRefreshMutation, CookieRefreshMutationVariables>;
export const CookieLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CookieLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<CookieLogoutMutation, CookieLogoutMutationVariables>;
export const CookieMeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CookieMeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CookieMeNameQuery, CookieMeNameQueryVariables>;
export const CookieMeCartProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CookieMeCartProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CookieMeCartProductsQuery, CookieMeCartProductsQueryVariables>;
export const SigningMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SigningMeQuery, SigningMeQueryVariables>;
export const SigningNoSuchProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningNoSuchProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"nothing-here","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SigningNoSuchProductQuery, SigningNoSuchProductQueryVariables>;
export const OrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderUpdatedSubscription, OrderUpdatedSubscriptionVariables>;
export const StatusOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StatusOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StatusOnlySubscription, StatusOnlySubscriptionVariables>;
export const SupervisorCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SupervisorCategoriesQuery, SupervisorCategoriesQueryVariables>;
export const SupervisorProductCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorProductCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SupervisorProductCountQuery, SupervisorProductCountQueryVariables>;
export const SupervisorTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SupervisorTypenameQuery, SupervisorTypenameQueryVariables>;
export const TracingInStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracingInStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inStock"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TracingInStockQuery, TracingInStockQueryVariables>;
export const OrdersGatewayCreateKitchenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersGatewayCreateKitchen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Kitchen","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"kitchen","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayCreateKitchenMutation, OrdersGatewayCreateKitchenMutationVariables>;
export const OrdersGatewayCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersGatewayCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayCreateProductMutation, OrdersGatewayCreateProductMutationVariables>;
export const OrdersGatewayAddTwoToCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersGatewayAddTwoToCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrdersGatewayLineVariant"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrdersGatewayLineVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayAddTwoToCartMutation, OrdersGatewayAddTwoToCartMutationVariables>;
export const OrdersGatewayPlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersGatewayPlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayPlaceOrderMutation, OrdersGatewayPlaceOrderMutationVariables>;
export const OrdersGatewayMyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersGatewayMyOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrdersGatewayLineVariant"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrdersGatewayLineVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrdersGatewayMyOrdersQuery, OrdersGatewayMyOrdersQueryVariables>;
export const E2eSentMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eSentMail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<E2eSentMailQuery, E2eSentMailQueryVariables>;
export const E2eShippingZonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eShippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eShippingZonesQuery, E2eShippingZonesQueryVariables>;
export const E2ePromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2ePromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeShipping"}},{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<E2ePromotionsQuery, E2ePromotionsQueryVariables>;
export const E2eOrderAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eOrderAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<E2eOrderAddressQuery, E2eOrderAddressQueryVariables>;
export const E2eSetTaxRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eSetTaxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eSetTaxRateMutation, E2eSetTaxRateMutationVariables>;
export const E2eCreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreatePromotionMutation, E2eCreatePromotionMutationVariables>;
export const E2eProductPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eProductPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCategory"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eProductPriceQuery, E2eProductPriceQueryVariables>;
export const E2eVariantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eVariants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}}]}}]}}]}}]} as unknown as DocumentNode<E2eVariantsQuery, E2eVariantsQueryVariables>;
export const E2eVariantStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eVariantStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]}}]} as unknown as DocumentNode<E2eVariantStockQuery, E2eVariantStockQueryVariables>;
export const E2eAdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eAdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"delta"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delta"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"e2e","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eAdjustStockMutation, E2eAdjustStockMutationVariables>;
export const E2eCartLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eCartLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eCartLinesQuery, E2eCartLinesQueryVariables>;
export const E2eRemoveFromCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eRemoveFromCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eRemoveFromCartMutation, E2eRemoveFromCartMutationVariables>;
export const E2eRaisePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eRaisePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priceCents"},"value":{"kind":"IntValue","value":"9900"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eRaisePriceMutation, E2eRaisePriceMutationVariables>;
export const E2eOrderTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eOrderTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<E2eOrderTotalQuery, E2eOrderTotalQueryVariables>;