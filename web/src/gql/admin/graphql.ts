/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An uploaded image to show on a product */
export type AddProductMediaInput = {
  /** What the image shows, 1 to 300 characters (INVALID_ALT otherwise) */
  alt: string;
  /** The product's id (global or raw UUID) */
  productId: string | number;
  /** The id POST /media answered for the upload */
  uploadId: string;
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

/** A new shipping method of a zone, priced in the shop's currency */
export type CreateShippingMethodInput = {
  /** Free for a cart subtotal (after discounts) of at least this many minor units; null: never free */
  freeAboveCents?: number | null | undefined;
  /** Weight-based: offered only for carts weighing at most this many grams (Product.weightGrams × quantity, unset weights count as 0); null: any weight */
  maxWeightGrams?: number | null | undefined;
  /** 1 to 100 characters */
  name: string;
  /** The price in minor units (cents), 0 or more */
  priceCents: number;
  /** The zone it ships to */
  zoneId: string | number;
};

/** A new shipping zone */
export type CreateShippingZoneInput = {
  /** ISO 3166-1 alpha-2 codes, 1 to 249; none may be in another zone */
  countries: Array<string>;
  /** 1 to 100 characters */
  name: string;
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

/** ADMIN: every given filter must hold */
export type OrderFilter = {
  /** Placed at or after */
  createdFrom?: string | null | undefined;
  /** Placed before */
  createdTo?: string | null | undefined;
  /**
   * Orders in this one status; not with statuses
   * @deprecated Use statuses
   */
  status?: OrderStatus | null | undefined;
  /** Orders in any of these statuses; not with status */
  statuses?: Array<OrderStatus> | null | undefined;
  /** Orders of this shopper only (global or raw UUID) */
  userId?: string | number | null | undefined;
};

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

/** The outcome of one charge attempt */
export type PaymentStatus =
  /** The provider declined the charge (failureCode says why); the order stays payable */
  | 'DECLINED'
  /** The provider charged the card: the order is paid */
  | 'SUCCEEDED';

/** Every given filter must hold. A category slug, option name or option value the catalog does not know is BAD_USER_INPUT naming it, never an empty list */
export type ProductFilter = {
  /**
   * In this one category; not with categorySlugs
   * @deprecated Use categorySlugs
   */
  categorySlug?: string | null | undefined;
  /** In any of these categories; not with categorySlug */
  categorySlugs?: Array<string> | null | undefined;
  /** true: some variant in stock; false: none */
  inStock?: boolean | null | undefined;
  /** Some variant costs at most this, in minor units (cents); with inStock, that same variant is in stock */
  maxPriceCents?: number | null | undefined;
  /** Some variant costs at least this, in minor units of its currency (cents) */
  minPriceCents?: number | null | undefined;
  /** Some variant has these option values: values of one option are alternatives (Size M or L), different options must all hold, on the same variant as the price and stock filters */
  options?: Array<VariantOptionFilter> | null | undefined;
  /** ADMIN only; ACTIVE when omitted */
  status?: ProductStatus | null | undefined;
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

/** A country's rate for a tax category; replaces the one it had */
export type SetTaxRateInput = {
  /** The products it taxes */
  category: TaxCategory;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** 0 to 10000 basis points (0% to 100%): 1900 is 19% */
  rateBasisPoints: number;
};

/** How an order ships; given with updateOrderStatus(status: SHIPPED) */
export type ShipmentInput = {
  /** 1 to 50 letters, digits, spaces or . & ' ( ) - */
  carrier: string;
  /** 1 to 64 letters, digits, spaces or dashes */
  trackingNumber: string;
};

/** Stable codes of the Shipping area's userErrors: a client may match on them (new ones may be added) */
export type ShippingErrorCode =
  /** A country is already in another zone (a country is in one zone only) */
  | 'COUNTRY_IN_ANOTHER_ZONE'
  /** A country is not an ISO 3166-1 alpha-2 code */
  | 'INVALID_COUNTRY'
  /** freeAboveCents is not a whole amount of 0 or more */
  | 'INVALID_FREE_ABOVE'
  /** priceCents is not a whole amount of 0 or more */
  | 'INVALID_PRICE'
  /** maxWeightGrams is not a whole number of grams from 1 to 1,000,000,000 */
  | 'INVALID_WEIGHT'
  /** No shipping method has this id */
  | 'METHOD_NOT_FOUND'
  /** A name is empty, or a zone has no country */
  | 'REQUIRED'
  /** A name is longer than 100 characters */
  | 'TOO_LONG'
  /** A zone has more than 249 countries */
  | 'TOO_MANY_COUNTRIES'
  /** The zone already has 20 shipping methods */
  | 'TOO_MANY_METHODS'
  /** No shipping zone has this id */
  | 'ZONE_NOT_FOUND';

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

/** Only the given fields change */
export type UpdateProductInput = {
  /** Moves the product to the category with this slug */
  categorySlug?: string | null | undefined;
  /** New description, at most 5000 characters */
  description?: string | null | undefined;
  /** Replaces every image: at most 20 URLs, as in createProduct */
  images?: Array<string> | null | undefined;
  /** New display name, 1 to 200 characters */
  name?: string | null | undefined;
  /** New slug, unused elsewhere; links with the old one stop working */
  slug?: string | null | undefined;
  /** ACTIVE puts an archived product back on sale */
  status?: ProductStatus | null | undefined;
  /** New tax category; orders placed before keep their tax */
  taxCategory?: TaxCategory | null | undefined;
  /** New shipping weight in grams, 0 to 1,000,000 (INVALID_WEIGHT otherwise) */
  weightGrams?: number | null | undefined;
};

/** A new alt text for a product image */
export type UpdateProductMediaInput = {
  /** What the image shows, 1 to 300 characters (INVALID_ALT otherwise) */
  alt: string;
  /** The ProductMedia.id */
  id: string;
};

/** Only the given fields change; stock changes through adjustStock */
export type UpdateVariantInput = {
  /** True: it is taxed by its product's category again; not with ownTaxCategory */
  clearOwnTaxCategory?: boolean | null | undefined;
  /** True: it weighs what its product weighs again (its own weight is removed); not with ownWeightGrams */
  clearOwnWeight?: boolean | null | undefined;
  /** New swatch colour, `#rrggbb` or `#rgb` (INVALID_COLOUR otherwise); "" removes it */
  colour?: string | null | undefined;
  /** New ISO 4217 currency (USD, EUR or GBP); the product's other variants must share it */
  currency?: string | null | undefined;
  /** A ProductMedia.id of its product that shows it (MEDIA_NOT_FOUND otherwise); "" shows none */
  imageId?: string | null | undefined;
  /** Replaces every option value: exactly one per option of the product */
  options?: Array<VariantOptionInput> | null | undefined;
  /** Its own tax category, instead of its product's */
  ownTaxCategory?: TaxCategory | null | undefined;
  /** Its own shipping weight in grams, 0 to 1,000,000, instead of its product's (INVALID_WEIGHT) */
  ownWeightGrams?: number | null | undefined;
  /** The new price in the variant's currency (the new one if `currency` is given), e.g. "24.90" */
  price?: string | null | undefined;
  /**
   * New price in minor units (cents); not with price
   * @deprecated Use price
   */
  priceCents?: number | null | undefined;
  /** New SKU, unused by any other variant */
  sku?: string | null | undefined;
};

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

/** An option value a variant must have, e.g. { name: "Size", value: "M" } */
export type VariantOptionFilter = {
  /** An option name exactly as the catalog spells it (BAD_USER_INPUT when unknown) */
  name: string;
  /** One of its values exactly as the catalog spells it (BAD_USER_INPUT when unknown) */
  value: string;
};

/** A variant's value for one option of its product */
export type VariantOptionInput = {
  /** One of the product's option names */
  name: string;
  /** The value, 1 to 60 characters */
  value: string;
};

export type AdminMoneyFragment = { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode };

export type ReportMoneyFragment = { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string };

export type AdminVariantFragment = { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } };

export type AdminProductFragment = { __typename: 'Product', id: string, slug: string, name: string, description: string, status: ProductStatus, images: Array<string>, updatedAt: string, category: { __typename: 'Category', id: string, slug: string, name: string }, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> };

export type AdminMediaFragment = { __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string };

export type AdminCatalogErrorsFragment = { __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string };

export type AdminStockErrorsFragment = { __typename: 'StockUserError', field: Array<string> | null, code: StockErrorCode, message: string };

export type AdminOrderErrorsFragment = { __typename: 'OrderUserError', field: Array<string> | null, code: OrderErrorCode, message: string };

export type AdminProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type AdminProductsQuery = { products: { __typename: 'ProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ProductEdge', cursor: string, node: { __typename: 'Product', id: string, slug: string, name: string, status: ProductStatus, images: Array<string>, category: { __typename: 'Category', id: string, name: string }, variants: Array<{ __typename: 'ProductVariant', id: string, stock: number }>, priceRange: { __typename: 'ProductPriceRange', min: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, max: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } } }> } };

export type AdminProductEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProductEditorQuery = { product: { __typename: 'Product', id: string, slug: string, name: string, description: string, status: ProductStatus, images: Array<string>, updatedAt: string, category: { __typename: 'Category', id: string, slug: string, name: string }, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, categories: Array<{ __typename: 'Category', id: string, slug: string, name: string }> };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, slug: string, name: string }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, slug: string, name: string, description: string, status: ProductStatus, images: Array<string>, updatedAt: string, category: { __typename: 'Category', id: string, slug: string, name: string }, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, slug: string, name: string, description: string, status: ProductStatus, images: Array<string>, updatedAt: string, category: { __typename: 'Category', id: string, slug: string, name: string }, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type ArchiveProductMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveProductMutation = { archiveProduct: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, slug: string, name: string, description: string, status: ProductStatus, images: Array<string>, updatedAt: string, category: { __typename: 'Category', id: string, slug: string, name: string }, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type UpdateVariantPriceMutationVariables = Exact<{
  id: string | number;
  input: UpdateVariantInput;
}>;


export type UpdateVariantPriceMutation = { updateVariant: { __typename: 'VariantPayload', variant: { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type AdjustStockMutationVariables = Exact<{
  variantId: string | number;
  delta: number;
  reason?: string | null | undefined;
}>;


export type AdjustStockMutation = { adjustStock: { __typename: 'AdjustStockPayload', variant: { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ __typename: 'StockUserError', field: Array<string> | null, code: StockErrorCode, message: string }> } };

export type AdminOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type AdminOrdersQuery = { orders: { __typename: 'OrderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrderEdge', cursor: string, node: { __typename: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, total: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, user: { __typename: 'User', id: string, name: string, email: string } | null, lines: Array<{ __typename: 'OrderLine', id: string, quantity: number, productName: string }> } }> } };

export type AdminOrderDetailFragment = { __typename: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt: string | null, subtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, total: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, user: { __typename: 'User', id: string, name: string, email: string } | null, shippingAddress: { __typename: 'Address', name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, lines: Array<{ __typename: 'OrderLine', id: string, productName: string, variantTitle: string, sku: string, quantity: number, unitPrice: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, lineTotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, statusHistory: Array<{ __typename: 'OrderStatusChange', id: string, from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, payments: Array<{ __typename: 'Payment', id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, refunds: Array<{ __typename: 'Refund', id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, shipment: { __typename: 'Shipment', id: string, carrier: string, trackingNumber: string, shippedAt: string } | null };

export type AdminOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderQuery = { order: { __typename: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt: string | null, subtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, total: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, user: { __typename: 'User', id: string, name: string, email: string } | null, shippingAddress: { __typename: 'Address', name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, lines: Array<{ __typename: 'OrderLine', id: string, productName: string, variantTitle: string, sku: string, quantity: number, unitPrice: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, lineTotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, statusHistory: Array<{ __typename: 'OrderStatusChange', id: string, from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, payments: Array<{ __typename: 'Payment', id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, refunds: Array<{ __typename: 'Refund', id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, shipment: { __typename: 'Shipment', id: string, carrier: string, trackingNumber: string, shippedAt: string } | null } | null };

export type UpdateOrderStatusMutationVariables = Exact<{
  orderId: string | number;
  status: OrderStatus;
  reason?: string | null | undefined;
}>;


export type UpdateOrderStatusMutation = { updateOrderStatus: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, number: string, status: OrderStatus, statusHistory: Array<{ __typename: 'OrderStatusChange', id: string, from: OrderStatus | null, to: OrderStatus, at: string, reason: string | null }> } | null, userErrors: Array<{ __typename: 'OrderUserError', field: Array<string> | null, code: OrderErrorCode, message: string }> } };

export type UpdateOrderDetailStatusMutationVariables = Exact<{
  orderId: string | number;
  status: OrderStatus;
  reason?: string | null | undefined;
  shipment?: ShipmentInput | null | undefined;
}>;


export type UpdateOrderDetailStatusMutation = { updateOrderStatus: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt: string | null, subtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, total: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, user: { __typename: 'User', id: string, name: string, email: string } | null, shippingAddress: { __typename: 'Address', name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, lines: Array<{ __typename: 'OrderLine', id: string, productName: string, variantTitle: string, sku: string, quantity: number, unitPrice: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, lineTotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, statusHistory: Array<{ __typename: 'OrderStatusChange', id: string, from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, payments: Array<{ __typename: 'Payment', id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, refunds: Array<{ __typename: 'Refund', id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }>, shipment: { __typename: 'Shipment', id: string, carrier: string, trackingNumber: string, shippedAt: string } | null } | null, userErrors: Array<{ __typename: 'OrderUserError', field: Array<string> | null, code: OrderErrorCode, message: string }> } };

export type SalesReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SalesReportQuery = { salesReport: { __typename: 'SalesReport', from: string, to: string, currency: string, orderCount: number, revenue: { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string }, averageOrderValue: { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string }, days: Array<{ __typename: 'SalesDay', date: string, orderCount: number, revenue: { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string } }>, topProductsByRevenue: Array<{ __typename: 'ProductSales', productName: string, unitsSold: number, revenue: { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string }, product: { __typename: 'Product', id: string, slug: string } | null }>, topProductsByUnits: Array<{ __typename: 'ProductSales', productName: string, unitsSold: number, revenue: { __typename: 'Money', amount: string, currencyCode: CurrencyCode, formatted: string } }> } };

export type AddProductMediaMutationVariables = Exact<{
  input: AddProductMediaInput;
}>;


export type AddProductMediaMutation = { addProductMedia: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type UpdateProductMediaMutationVariables = Exact<{
  input: UpdateProductMediaInput;
}>;


export type UpdateProductMediaMutation = { updateProductMedia: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type ReorderProductMediaMutationVariables = Exact<{
  productId: string | number;
  mediaIds: Array<string> | string;
}>;


export type ReorderProductMediaMutation = { reorderProductMedia: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type RemoveProductMediaMutationVariables = Exact<{
  id: string;
}>;


export type RemoveProductMediaMutation = { removeProductMedia: { __typename: 'ProductPayload', product: { __typename: 'Product', id: string, media: Array<{ __typename: 'ProductMedia', id: string, alt: string, width: number, height: number, url: string }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }> } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type AddVariantMutationVariables = Exact<{
  productId: string | number;
  input: VariantInput;
}>;


export type AddVariantMutation = { addVariant: { __typename: 'VariantPayload', variant: { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, product: { __typename: 'Product', id: string, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } }> }, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type ArchiveVariantMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveVariantMutation = { archiveVariant: { __typename: 'VariantPayload', variant: { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type RestoreVariantMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreVariantMutation = { restoreVariant: { __typename: 'VariantPayload', variant: { __typename: 'ProductVariant', id: string, sku: string, title: string, stock: number, archived: boolean, colour: string | null, image: { __typename: 'ProductMedia', id: string } | null, options: Array<{ __typename: 'VariantOption', name: string, value: string }>, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ __typename: 'CatalogUserError', field: Array<string> | null, code: CatalogErrorCode, message: string }> } };

export type AdminShippingMethodFragment = { __typename: 'ShippingMethod', id: string, name: string, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, freeAbove: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null };

export type AdminShippingZoneFragment = { __typename: 'ShippingZone', id: string, name: string, countries: Array<string>, methods: Array<{ __typename: 'ShippingMethod', id: string, name: string, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, freeAbove: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null }> };

export type AdminShippingErrorsFragment = { __typename: 'ShippingUserError', field: Array<string> | null, code: ShippingErrorCode, message: string };

export type AdminShippingZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminShippingZonesQuery = { shippingZones: Array<{ __typename: 'ShippingZone', id: string, name: string, countries: Array<string>, methods: Array<{ __typename: 'ShippingMethod', id: string, name: string, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, freeAbove: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null }> }> };

export type CreateShippingZoneMutationVariables = Exact<{
  input: CreateShippingZoneInput;
}>;


export type CreateShippingZoneMutation = { createShippingZone: { __typename: 'ShippingZonePayload', zone: { __typename: 'ShippingZone', id: string, name: string, countries: Array<string>, methods: Array<{ __typename: 'ShippingMethod', id: string, name: string, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, freeAbove: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null }> } | null, userErrors: Array<{ __typename: 'ShippingUserError', field: Array<string> | null, code: ShippingErrorCode, message: string }> } };

export type DeleteShippingZoneMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteShippingZoneMutation = { deleteShippingZone: { __typename: 'ShippingDeletePayload', deletedId: string | null, userErrors: Array<{ __typename: 'ShippingUserError', field: Array<string> | null, code: ShippingErrorCode, message: string }> } };

export type CreateShippingMethodMutationVariables = Exact<{
  input: CreateShippingMethodInput;
}>;


export type CreateShippingMethodMutation = { createShippingMethod: { __typename: 'ShippingMethodPayload', method: { __typename: 'ShippingMethod', id: string, name: string, price: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode }, freeAbove: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null } | null, userErrors: Array<{ __typename: 'ShippingUserError', field: Array<string> | null, code: ShippingErrorCode, message: string }> } };

export type DeleteShippingMethodMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteShippingMethodMutation = { deleteShippingMethod: { __typename: 'ShippingDeletePayload', deletedId: string | null, userErrors: Array<{ __typename: 'ShippingUserError', field: Array<string> | null, code: ShippingErrorCode, message: string }> } };

export type AdminTaxRateFragment = { __typename: 'TaxRate', id: string, country: string, category: TaxCategory, rateBasisPoints: number };

export type AdminTaxRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTaxRatesQuery = { taxRates: Array<{ __typename: 'TaxRate', id: string, country: string, category: TaxCategory, rateBasisPoints: number }> };

export type SetTaxRateMutationVariables = Exact<{
  input: SetTaxRateInput;
}>;


export type SetTaxRateMutation = { setTaxRate: { __typename: 'TaxRatePayload', taxRate: { __typename: 'TaxRate', id: string, country: string, category: TaxCategory, rateBasisPoints: number } | null, userErrors: Array<{ __typename: 'TaxUserError', field: Array<string> | null, code: TaxErrorCode, message: string }> } };

export type DeleteTaxRateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTaxRateMutation = { deleteTaxRate: { __typename: 'TaxRateDeletePayload', deletedId: string | null, userErrors: Array<{ __typename: 'TaxUserError', field: Array<string> | null, code: TaxErrorCode, message: string }> } };

export type AdminPromotionFragment = { __typename: 'Promotion', id: string, name: string, couponCode: string | null, percentOff: number | null, freeShipping: boolean, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, firstOrderOnly: boolean, uses: number, amountOff: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, minSubtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, products: Array<{ __typename: 'Product', id: string, name: string }>, categories: Array<{ __typename: 'Category', id: string, name: string }> };

export type AdminPromotionErrorsFragment = { __typename: 'PromotionUserError', field: Array<string> | null, code: PromotionErrorCode, message: string };

export type AdminPromotionProductsQueryVariables = Exact<{
  query: string;
}>;


export type AdminPromotionProductsQuery = { products: { __typename: 'ProductConnection', nodes: Array<{ __typename: 'Product', id: string, name: string }> } };

export type AdminPromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPromotionsQuery = { promotions: Array<{ __typename: 'Promotion', id: string, name: string, couponCode: string | null, percentOff: number | null, freeShipping: boolean, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, firstOrderOnly: boolean, uses: number, amountOff: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, minSubtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, products: Array<{ __typename: 'Product', id: string, name: string }>, categories: Array<{ __typename: 'Category', id: string, name: string }> }> };

export type CreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type CreatePromotionMutation = { createPromotion: { __typename: 'PromotionPayload', promotion: { __typename: 'Promotion', id: string, name: string, couponCode: string | null, percentOff: number | null, freeShipping: boolean, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, firstOrderOnly: boolean, uses: number, amountOff: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, minSubtotal: { __typename: 'Money', amountCents: number, currency: string, amount: string, currencyCode: CurrencyCode } | null, products: Array<{ __typename: 'Product', id: string, name: string }>, categories: Array<{ __typename: 'Category', id: string, name: string }> } | null, userErrors: Array<{ __typename: 'PromotionUserError', field: Array<string> | null, code: PromotionErrorCode, message: string }> } };

export type ArchivePromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePromotionMutation = { archivePromotion: { __typename: 'PromotionPayload', promotion: { __typename: 'Promotion', id: string } | null, userErrors: Array<{ __typename: 'PromotionUserError', field: Array<string> | null, code: PromotionErrorCode, message: string }> } };

export const ReportMoneyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReportMoneyFragment, unknown>;
export const AdminMoneyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminMoneyFragment, unknown>;
export const AdminVariantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminVariantFragment, unknown>;
export const AdminMediaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminMediaFragment, unknown>;
export const AdminProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminProductFragment, unknown>;
export const AdminCatalogErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminCatalogErrorsFragment, unknown>;
export const AdminStockErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStockErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminStockErrorsFragment, unknown>;
export const AdminOrderErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminOrderErrorsFragment, unknown>;
export const AdminOrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminOrderDetailFragment, unknown>;
export const AdminShippingMethodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminShippingMethodFragment, unknown>;
export const AdminShippingZoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingZone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminShippingZoneFragment, unknown>;
export const AdminShippingErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminShippingErrorsFragment, unknown>;
export const AdminTaxRateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTaxRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminTaxRateFragment, unknown>;
export const AdminPromotionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeShipping"}},{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderOnly"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminPromotionFragment, unknown>;
export const AdminPromotionErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotionErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminPromotionErrorsFragment, unknown>;
export const AdminProductsDocument = {"__meta__":{"hash":"sha256:4e4c349683c71c227691283f20e0ce56ad6cb7b6d6b1cf2e292d486797d8f5bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const AdminProductEditorDocument = {"__meta__":{"hash":"sha256:6e5fa2994ad180538ae80a51a309c83f6e7a8b142fab6cbf4f15d9b07e078ca8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProductEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProduct"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminProductEditorQuery, AdminProductEditorQueryVariables>;
export const AdminCategoriesDocument = {"__meta__":{"hash":"sha256:0137d6dcb53c7f83a8d88300e248a13e6e9cdf8c5952add545a9af64baf9997e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const CreateProductDocument = {"__meta__":{"hash":"sha256:75ed66ba7fb0fd9fbb468aeea7e45f85c2f7b471ddedb0b4793b39d05a6ea624"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProduct"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"__meta__":{"hash":"sha256:278312153ddef4525e6f0723decca472a1e502cca1161b7bdf33af5ae21a47fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProduct"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const ArchiveProductDocument = {"__meta__":{"hash":"sha256:593f949ee85145d3646b909a32fccab3e01790e2e29843b0198570ab5190c1c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProduct"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ArchiveProductMutation, ArchiveProductMutationVariables>;
export const UpdateVariantPriceDocument = {"__meta__":{"hash":"sha256:ed3925e81c65f1f54ba0729add346e7928add1d5478e6444f71ebfd7adb03dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVariantPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateVariantPriceMutation, UpdateVariantPriceMutationVariables>;
export const AdjustStockDocument = {"__meta__":{"hash":"sha256:3bc485a4735392de98fe8b58101405c551cf90baeb23a67abb839720a2846098"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"delta"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delta"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStockErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStockErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const AdminOrdersDocument = {"__meta__":{"hash":"sha256:37b9ec6a5f27ac8094e3c51aef1e9001b35ec7680148b08009d94403abe3ed0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdminOrderDocument = {"__meta__":{"hash":"sha256:7b1d51fe1eabe00950ccb42c9afa0677656f2ec1d0a35cfd617c3978f4861ae1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrderDetail"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminOrderQuery, AdminOrderQueryVariables>;
export const UpdateOrderStatusDocument = {"__meta__":{"hash":"sha256:f2129fb3bb0cddbfb6a9cd3276e974e0e5c1d68693d488b37961ee0c8000d67f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrderErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateOrderStatusMutation, UpdateOrderStatusMutationVariables>;
export const UpdateOrderDetailStatusDocument = {"__meta__":{"hash":"sha256:e4abc5d90a94be4587c1c2ed8247d7a9d8f9ffdbd66dfeb1ef36bc90a14c6c82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderDetailStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrderDetail"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrderErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrderErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateOrderDetailStatusMutation, UpdateOrderDetailStatusMutationVariables>;
export const SalesReportDocument = {"__meta__":{"hash":"sha256:5140538c6f3814133070ba30908d015c486dc491997aa82aa8ef14297fc5784d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProductsByRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProductsByUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SalesReportQuery, SalesReportQueryVariables>;
export const AddProductMediaDocument = {"__meta__":{"hash":"sha256:ab3ed962b65c5201ae139cbf69149d734f921a88d54f8132b39a4ab8c5e0d3e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProductMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProductMediaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProductMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AddProductMediaMutation, AddProductMediaMutationVariables>;
export const UpdateProductMediaDocument = {"__meta__":{"hash":"sha256:0df3c77402fe40b28f66f1dec7d302645a665ed7f14ad62ba86d7ebdc92ef1d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProductMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductMediaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProductMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateProductMediaMutation, UpdateProductMediaMutationVariables>;
export const ReorderProductMediaDocument = {"__meta__":{"hash":"sha256:0abc7097305a99a5aecdf58547673314e8619f36df2edf6d586ca905a235a1e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderProductMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderProductMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediaIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReorderProductMediaMutation, ReorderProductMediaMutationVariables>;
export const RemoveProductMediaDocument = {"__meta__":{"hash":"sha256:38defb80fb8692e833fd1436f0a09a0a0d30c765a96968d5392c03f4efc3b0ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProductMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProductMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMedia"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMedia"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"320"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"WEBP"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RemoveProductMediaMutation, RemoveProductMediaMutationVariables>;
export const AddVariantDocument = {"__meta__":{"hash":"sha256:d2be6d46b69592bcac332b9718659cb462e8f798f7102bf7c47d5109e647f81e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AddVariantMutation, AddVariantMutationVariables>;
export const ArchiveVariantDocument = {"__meta__":{"hash":"sha256:3d1374820b6c17b137474c5f1d7a75a4e5b63a5d1f5f00513db910f18fb3fbb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ArchiveVariantMutation, ArchiveVariantMutationVariables>;
export const RestoreVariantDocument = {"__meta__":{"hash":"sha256:60812533a331cd3c9441bbe9800c43a749b77c2f1065fbd29d3063520c06ff9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVariant"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCatalogErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCatalogErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RestoreVariantMutation, RestoreVariantMutationVariables>;
export const AdminShippingZonesDocument = {"__meta__":{"hash":"sha256:332ccc8829c69245c35b19d8848352c466e9b45ce00364327213707ce369eb64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminShippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingZone"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingZone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminShippingZonesQuery, AdminShippingZonesQueryVariables>;
export const CreateShippingZoneDocument = {"__meta__":{"hash":"sha256:ee0a6c48066fe0fc46a8b052e070e86572e85504e20fcc51a64b8e1784b9159a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShippingZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingZone"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingZone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateShippingZoneMutation, CreateShippingZoneMutationVariables>;
export const DeleteShippingZoneDocument = {"__meta__":{"hash":"sha256:7708386e8299b00c373ec8d98d1cd79ee0a6509af124a81c656ce5aeac0d9a07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteShippingZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteShippingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteShippingZoneMutation, DeleteShippingZoneMutationVariables>;
export const CreateShippingMethodDocument = {"__meta__":{"hash":"sha256:fe5b6bafd4ece11384b18a7fcb0335ba13c3d4b69739feb80869f251c039389d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShippingMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateShippingMethodMutation, CreateShippingMethodMutationVariables>;
export const DeleteShippingMethodDocument = {"__meta__":{"hash":"sha256:59b3d2286a79a3520dffdd77d780ed9bebcd51ea7746ae5f9e489b240ea1cb60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteShippingMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteShippingMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminShippingErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminShippingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteShippingMethodMutation, DeleteShippingMethodMutationVariables>;
export const AdminTaxRatesDocument = {"__meta__":{"hash":"sha256:c526d961822855cd9a9958d491a37f0e6ddf02771f187c3a87f98d48f1603bc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTaxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTaxRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminTaxRatesQuery, AdminTaxRatesQueryVariables>;
export const SetTaxRateDocument = {"__meta__":{"hash":"sha256:394d0e4e4d5650f724c51d61408063fc39b6a5dd7d77c7fabc6a4042b384314c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTaxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTaxRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetTaxRateMutation, SetTaxRateMutationVariables>;
export const DeleteTaxRateDocument = {"__meta__":{"hash":"sha256:32e7f27c058cda6f78689329d28a2b54fe92e5d26bf9ff6573edf697b1512210"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTaxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteTaxRateMutation, DeleteTaxRateMutationVariables>;
export const AdminPromotionProductsDocument = {"__meta__":{"hash":"sha256:357345f74bca9aedb9090e53b775117d6f266a10699b2c2e9fa51c0a1655e6bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPromotionProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminPromotionProductsQuery, AdminPromotionProductsQueryVariables>;
export const AdminPromotionsDocument = {"__meta__":{"hash":"sha256:47c2951efb6d7549718d6af340ea32e7a7821c7f4c6c32554852ceef495f54c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPromotion"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeShipping"}},{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderOnly"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminPromotionsQuery, AdminPromotionsQueryVariables>;
export const CreatePromotionDocument = {"__meta__":{"hash":"sha256:c53a84df9a8136c18f7287c5c9aea109e671e49a46f47c67be6e5bf24e895a95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPromotion"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPromotionErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMoney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeShipping"}},{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMoney"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderOnly"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotionErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreatePromotionMutation, CreatePromotionMutationVariables>;
export const ArchivePromotionDocument = {"__meta__":{"hash":"sha256:e29aaa5afe4b3debf12c1f86cca6104a990f866bc56347da0361c70a167f2d4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPromotionErrors"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPromotionErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ArchivePromotionMutation, ArchivePromotionMutationVariables>;