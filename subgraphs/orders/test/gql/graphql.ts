/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A new quantity for one line of a cart */
export type CartLineUpdateInput = {
  /** The line's CartLine.id (global or raw UUID) */
  id: string | number;
  /** The line's new quantity, 0 to 99; 0 removes the line */
  quantity: number;
};

/** What Cart.totals prices the cart with: the checkout's choices */
export type CartTotalsInput = {
  /** Where the order would ship: ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  /** A coupon code to try (any case); nothing is redeemed */
  couponCode?: string | null | undefined;
  /** One of shippingMethods(country); none: no shipping priced in */
  shippingMethodId?: string | number | null | undefined;
};

/** What a cart mutation did other than asked, though it succeeded */
export type CartWarningCode =
  /** The variant was already in the cart (or named twice): its units were added on one line */
  | 'LINE_MERGED'
  /** cartAttach: a guest line could not move (no longer sold, out of stock, cart full); target is its variant */
  | 'LINE_REMOVED'
  /** A quantity was cut to the stock or to 99 per line */
  | 'QUANTITY_REDUCED';

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

/** A shopper's own orders: every given filter must hold */
export type UserOrderFilter = {
  /** Placed at or after */
  createdFrom?: string | null | undefined;
  /** Placed before */
  createdTo?: string | null | undefined;
  /** Orders in any of these statuses */
  statuses?: Array<OrderStatus> | null | undefined;
};

export type IdentitiesFragment = { id: string, lines: Array<{ id: string, sku: string }>, statusHistory: Array<{ id: string, to: OrderStatus }>, shipment: { id: string, carrier: string } | null, payments: Array<{ id: string, status: PaymentStatus, failureCode: string | null }> };

export type OrderIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderIdsQuery = { order: { id: string, lines: Array<{ id: string, sku: string }>, statusHistory: Array<{ id: string, to: OrderStatus }>, shipment: { id: string, carrier: string } | null, payments: Array<{ id: string, status: PaymentStatus, failureCode: string | null }> } | null };

export type IdentitiesPayMutationVariables = Exact<{
  orderId: string | number;
  token: string;
}>;


export type IdentitiesPayMutation = { payOrder: { order: { id: string, lines: Array<{ id: string, sku: string }>, statusHistory: Array<{ id: string, to: OrderStatus }>, shipment: { id: string, carrier: string } | null, payments: Array<{ id: string, status: PaymentStatus, failureCode: string | null }> } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type IdentitiesShipMutationVariables = Exact<{
  orderId: string | number;
  shipment?: ShipmentInput | null | undefined;
}>;


export type IdentitiesShipMutation = { updateOrderStatus: { order: { id: string, lines: Array<{ id: string, sku: string }>, statusHistory: Array<{ id: string, to: OrderStatus }>, shipment: { id: string, carrier: string } | null, payments: Array<{ id: string, status: PaymentStatus, failureCode: string | null }> } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type ModelCartSubtotalQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelCartSubtotalQuery = { cart: { subtotal: { amountCents: number, currency: string } } | null };

export type CartFieldsFragment = { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } };

export type OrderFieldsFragment = { id: string, number: string, status: OrderStatus, currency: string, createdAt: string, updatedAt: string, paidAt: string | null, expiresAt: string, lines: Array<{ productName: string, variantTitle: string, sku: string, quantity: number, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string }, lineTotal: { amountCents: number } }>, subtotal: { amountCents: number, currency: string }, total: { amountCents: number, currency: string, formatted: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, statusHistory: Array<{ from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, user: { id: string } | null };

export type CartQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQuery = { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null };

export type AddToCartMutationVariables = Exact<{
  variantId: string | number;
  quantity: number;
}>;


export type AddToCartMutation = { addToCart: { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateCartLineMutationVariables = Exact<{
  variantId: string | number;
  quantity: number;
}>;


export type UpdateCartLineMutation = { updateCartLine: { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveFromCartMutationVariables = Exact<{
  variantId: string | number;
}>;


export type RemoveFromCartMutation = { removeFromCart: { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type ClearCartMutationVariables = Exact<{ [key: string]: never; }>;


export type ClearCartMutation = { clearCart: { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type MergeCartMutationVariables = Exact<{
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type MergeCartMutation = { mergeCart: { cart: { totalQuantity: number, lines: Array<{ quantity: number, available: boolean, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string } | null, lineTotal: { amountCents: number } | null }>, subtotal: { amountCents: number, currency: string, formatted: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { order: { id: string, number: string, status: OrderStatus, currency: string, createdAt: string, updatedAt: string, paidAt: string | null, expiresAt: string, lines: Array<{ productName: string, variantTitle: string, sku: string, quantity: number, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string }, lineTotal: { amountCents: number } }>, subtotal: { amountCents: number, currency: string }, total: { amountCents: number, currency: string, formatted: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, statusHistory: Array<{ from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, user: { id: string } | null } | null, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null, message: string }> } };

export type PayOrderMutationVariables = Exact<{
  orderId: string | number;
  token: string;
}>;


export type PayOrderMutation = { payOrder: { order: { id: string, status: OrderStatus, paidAt: string | null } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type CancelOrderMutationVariables = Exact<{
  orderId: string | number;
  reason?: string | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, status: OrderStatus, statusHistory: Array<{ from: OrderStatus | null, to: OrderStatus, by: string | null, reason: string | null }> } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateOrderStatusMutationVariables = Exact<{
  orderId: string | number;
  status: OrderStatus;
  reason?: string | null | undefined;
}>;


export type UpdateOrderStatusMutation = { updateOrderStatus: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, number: string, status: OrderStatus, currency: string, createdAt: string, updatedAt: string, paidAt: string | null, expiresAt: string, lines: Array<{ productName: string, variantTitle: string, sku: string, quantity: number, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string }, lineTotal: { amountCents: number } }>, subtotal: { amountCents: number, currency: string }, total: { amountCents: number, currency: string, formatted: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, statusHistory: Array<{ from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, user: { id: string } | null } | null };

export type MoneyFieldsFragment = { payments: Array<{ id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { amountCents: number, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { amountCents: number, currency: string } }> };

export type ShipmentFieldsFragment = { shipment: { carrier: string, trackingNumber: string, shippedAt: string } | null };

export type CancelOrderRefundsMutationVariables = Exact<{
  orderId: string | number;
}>;


export type CancelOrderRefundsMutation = { cancelOrder: { order: { id: string, status: OrderStatus, payments: Array<{ id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { amountCents: number, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { amountCents: number, currency: string } }> } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateOrderStatusWithShipmentMutationVariables = Exact<{
  orderId: string | number;
  status: OrderStatus;
  shipment?: ShipmentInput | null | undefined;
}>;


export type UpdateOrderStatusWithShipmentMutation = { updateOrderStatus: { order: { id: string, status: OrderStatus, shipment: { carrier: string, trackingNumber: string, shippedAt: string } | null, payments: Array<{ id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { amountCents: number, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { amountCents: number, currency: string } }> } | null, userErrors: Array<{ code: OrderErrorCode, field: Array<string> | null, message: string }> } };

export type OrderMoneyQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderMoneyQuery = { order: { id: string, status: OrderStatus, payments: Array<{ id: string, status: PaymentStatus, provider: string, reference: string | null, failureCode: string | null, createdAt: string | null, amount: { amountCents: number, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reference: string | null, createdAt: string | null, refundedAt: string | null, lastError: string | null, amount: { amountCents: number, currency: string } }>, shipment: { carrier: string, trackingNumber: string, shippedAt: string } | null } | null };

export type PlaceOrderExpectingMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderExpectingMutation = { placeOrder: { order: { id: string, total: { amountCents: number, currency: string } } | null, priceChange: { expectedTotal: { amountCents: number, currency: string }, total: { amountCents: number, currency: string }, lines: Array<{ quantity: number, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string }, previousUnitPrice: { amountCents: number, currency: string } | null }> } | null, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null, message: string }> } };

export type CartByIdFieldsFragment = { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } };

export type CartByIdQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CartByIdQuery = { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null };

export type CartCreateMutationVariables = Exact<{
  input: CartCreateInput;
}>;


export type CartCreateMutation = { cartCreate: { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: CartWarningCode, message: string, target: string | null }> } };

export type CartLinesAddMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type CartLinesAddMutation = { cartLinesAdd: { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: CartWarningCode, message: string, target: string | null }> } };

export type CartLinesUpdateMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineUpdateInput> | CartLineUpdateInput;
}>;


export type CartLinesUpdateMutation = { cartLinesUpdate: { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: CartWarningCode, message: string, target: string | null }> } };

export type CartLinesRemoveMutationVariables = Exact<{
  cartId: string | number;
  lineIds: Array<string | number> | string | number;
}>;


export type CartLinesRemoveMutation = { cartLinesRemove: { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: CartWarningCode, message: string, target: string | null }> } };

export type CartAttachMutationVariables = Exact<{
  cartId: string | number;
}>;


export type CartAttachMutation = { cartAttach: { cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CartErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: CartWarningCode, message: string, target: string | null }> } };

export type PlaceOrderWithCartMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderWithCartMutation = { placeOrder: { order: { id: string, lines: Array<{ quantity: number, variant: { id: string } | null }> } | null, cart: { id: string, totalQuantity: number, lines: Array<{ id: string, quantity: number, variant: { id: string } | null }>, subtotal: { amountCents: number, currency: string } } | null, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null, message: string }> } };

export type ListUserOrdersQueryVariables = Exact<{
  r: Array<unknown> | unknown;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UserOrderFilter | null | undefined;
}>;


export type ListUserOrdersQuery = { _entities: Array<
    | { orders: { nodes: Array<{ id: string, status: OrderStatus }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null }
    | Record<PropertyKey, never>
   | null> };

export type ListAdminOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  last?: number | null | undefined;
}>;


export type ListAdminOrdersQuery = { orders: { nodes: Array<{ id: string, status: OrderStatus }> } };

export type PricedCreateZoneMutationVariables = Exact<{
  input: CreateShippingZoneInput;
}>;


export type PricedCreateZoneMutation = { createShippingZone: { zone: { id: string } | null, userErrors: Array<{ code: ShippingErrorCode }> } };

export type PricedCreateMethodMutationVariables = Exact<{
  input: CreateShippingMethodInput;
}>;


export type PricedCreateMethodMutation = { createShippingMethod: { method: { id: string, maxWeightGrams: number | null } | null, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null }> } };

export type PricedSetRateMutationVariables = Exact<{
  input: SetTaxRateInput;
}>;


export type PricedSetRateMutation = { setTaxRate: { userErrors: Array<{ code: TaxErrorCode }> } };

export type PricedCreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type PricedCreatePromotionMutation = { createPromotion: { promotion: { id: string } | null, userErrors: Array<{ code: PromotionErrorCode }> } };

export type PricedPromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PricedPromotionsQuery = { promotions: Array<{ couponCode: string | null, uses: number }> };

export type PricedShippingMethodsQueryVariables = Exact<{
  country: string;
}>;


export type PricedShippingMethodsQuery = { shippingMethods: Array<{ id: string, price: { amountCents: number } }> };

export type PricedCartTotalsQueryVariables = Exact<{
  input: CartTotalsInput;
}>;


export type PricedCartTotalsQuery = { cart: { totals: { pricesIncludeTax: boolean, shippingMethodName: string | null, couponCode: string | null, subtotal: { amountCents: number }, discountTotal: { amountCents: number }, shippingTotal: { amountCents: number }, taxTotal: { amountCents: number }, total: { amountCents: number, currency: string }, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null }> } } | null };

export type PricedPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PricedPlaceOrderMutation = { placeOrder: { order: { id: string, pricesIncludeTax: boolean, shippingMethodName: string | null, couponCode: string | null, subtotal: { amountCents: number }, discountTotal: { amountCents: number }, shippingTotal: { amountCents: number }, taxTotal: { amountCents: number }, total: { amountCents: number }, lines: Array<{ sku: string, taxRateBasisPoints: number, lineTotal: { amountCents: number }, discount: { amountCents: number }, netTotal: { amountCents: number }, taxTotal: { amountCents: number }, grossTotal: { amountCents: number } }> } | null, userErrors: Array<{ code: CheckoutErrorCode, field: Array<string> | null }> } };

export type PromotionsCreateMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type PromotionsCreateMutation = { createPromotion: { promotion: { id: string, couponCode: string | null, percentOff: number | null, usageLimit: number | null, uses: number, amountOff: { amountCents: number } | null } | null, userErrors: Array<{ field: Array<string> | null, code: PromotionErrorCode }> } };

export type PromotionsArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type PromotionsArchiveMutation = { archivePromotion: { promotion: { id: string } | null, userErrors: Array<{ code: PromotionErrorCode }> } };

export type PromotionsListQueryVariables = Exact<{ [key: string]: never; }>;


export type PromotionsListQuery = { promotions: Array<{ id: string, couponCode: string | null, uses: number }> };

export type QueriesUserOrdersQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QueriesUserOrdersQuery = { _entities: Array<
    | { id: string, orders: { nodes: Array<{ id: string, number: string, status: OrderStatus, lines: Array<{ sku: string, quantity: number }>, total: { amountCents: number } }>, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } | null }
    | Record<PropertyKey, never>
   | null> };

export type QueriesUserOrderCountQueryVariables = Exact<{
  r: Array<unknown> | unknown;
}>;


export type QueriesUserOrderCountQuery = { _entities: Array<
    | { orders: { totalCount: number, nodes: Array<{ id: string }> } | null }
    | Record<PropertyKey, never>
   | null> };

export type QueriesUserCartQueryVariables = Exact<{
  r: Array<unknown> | unknown;
}>;


export type QueriesUserCartQuery = { _entities: Array<
    | { cart: { totalQuantity: number } | null }
    | Record<PropertyKey, never>
   | null> };

export type QueriesOrderEntitiesQueryVariables = Exact<{
  r: Array<unknown> | unknown;
}>;


export type QueriesOrderEntitiesQuery = { _entities: Array<
    | { id: string, number: string, lines: Array<{ sku: string }> }
    | Record<PropertyKey, never>
   | null> };

export type QueriesAdminOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type QueriesAdminOrdersQuery = { orders: { totalCount: number, nodes: Array<{ id: string, status: OrderStatus, user: { id: string } | null }> } };

export type QueriesSalesReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type QueriesSalesReportQuery = { salesReport: { orderCount: number, revenue: { amountCents: number }, tax: { amountCents: number }, shipping: { amountCents: number }, discounts: { amountCents: number }, averageOrderValue: { amountCents: number }, days: Array<{ date: string, orderCount: number, revenue: { amountCents: number } }>, topProductsByUnits: Array<{ productName: string, unitsSold: number, product: { id: string } | null, revenue: { amountCents: number } }>, topProductsByRevenue: Array<{ productName: string, unitsSold: number, revenue: { amountCents: number } }> } };

export type QueriesExactSalesReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type QueriesExactSalesReportQuery = { salesReport: { orderCount: number, revenue: { amount: `${number}`, currencyCode: CurrencyCode, formatted: string }, averageOrderValue: { amount: `${number}`, amountCents: number }, days: Array<{ revenue: { amount: `${number}` } }>, topProductsByRevenue: Array<{ productName: string, revenue: { amount: `${number}` } }> } };

export type QueriesSalesReportCentsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type QueriesSalesReportCentsQuery = { salesReport: { revenue: { amountCents: number } } };

export type ShippingCreateZoneMutationVariables = Exact<{
  input: CreateShippingZoneInput;
}>;


export type ShippingCreateZoneMutation = { createShippingZone: { zone: { id: string, name: string, countries: Array<string> } | null, userErrors: Array<{ field: Array<string> | null, code: ShippingErrorCode, message: string }> } };

export type ShippingCreateMethodMutationVariables = Exact<{
  input: CreateShippingMethodInput;
}>;


export type ShippingCreateMethodMutation = { createShippingMethod: { method: { id: string, name: string, price: { amountCents: number, currency: string }, freeAbove: { amountCents: number } | null } | null, userErrors: Array<{ field: Array<string> | null, code: ShippingErrorCode }> } };

export type ShippingMethodsQueryVariables = Exact<{
  country: string;
  cartId?: string | number | null | undefined;
}>;


export type ShippingMethodsQuery = { shippingMethods: Array<{ id: string, name: string, price: { amountCents: number } }> };

export type ShippingZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShippingZonesQuery = { shippingZones: Array<{ id: string, countries: Array<string>, methods: Array<{ name: string }> }> };

export type ShippingDeleteZoneMutationVariables = Exact<{
  id: string | number;
}>;


export type ShippingDeleteZoneMutation = { deleteShippingZone: { deletedId: string | null, userErrors: Array<{ code: ShippingErrorCode }> } };

export type ShippingMethodNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ShippingMethodNodeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'Cart' }
    | { __typename: 'CartLine' }
    | { __typename: 'Category' }
    | { __typename: 'Notification' }
    | { __typename: 'Order' }
    | { __typename: 'PartnerApp' }
    | { __typename: 'Payment' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVariant' }
    | { __typename: 'Promotion' }
    | { __typename: 'Refund' }
    | { __typename: 'SavedAddress' }
    | { __typename: 'ShippingMethod', name: string }
    | { __typename: 'ShippingZone' }
    | { __typename: 'TaxRate' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type OrderUpdatedSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type OrderUpdatedSubscription = { orderUpdated: { id: string, number: string, status: OrderStatus, currency: string, createdAt: string, updatedAt: string, paidAt: string | null, expiresAt: string, lines: Array<{ productName: string, variantTitle: string, sku: string, quantity: number, variant: { id: string } | null, unitPrice: { amountCents: number, currency: string }, lineTotal: { amountCents: number } }>, subtotal: { amountCents: number, currency: string }, total: { amountCents: number, currency: string, formatted: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string }, statusHistory: Array<{ from: OrderStatus | null, to: OrderStatus, at: string, by: string | null, reason: string | null }>, user: { id: string } | null } };

export type TaxSetRateMutationVariables = Exact<{
  input: SetTaxRateInput;
}>;


export type TaxSetRateMutation = { setTaxRate: { taxRate: { id: string, country: string, category: TaxCategory, rateBasisPoints: number } | null, userErrors: Array<{ field: Array<string> | null, code: TaxErrorCode }> } };

export type TaxRatesQueryVariables = Exact<{
  country?: string | null | undefined;
}>;


export type TaxRatesQuery = { taxRates: Array<{ country: string, category: TaxCategory, rateBasisPoints: number }> };

export type TaxDeleteRateMutationVariables = Exact<{
  id: string | number;
}>;


export type TaxDeleteRateMutation = { deleteTaxRate: { deletedId: string | null, userErrors: Array<{ code: TaxErrorCode }> } };

export const IdentitiesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Identities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]} as unknown as DocumentNode<IdentitiesFragment, unknown>;
export const CartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<CartFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<MoneyFieldsFragment, unknown>;
export const ShipmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}}]} as unknown as DocumentNode<ShipmentFieldsFragment, unknown>;
export const CartByIdFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartByIdFieldsFragment, unknown>;
export const OrderIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Identities"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Identities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]} as unknown as DocumentNode<OrderIdsQuery, OrderIdsQueryVariables>;
export const IdentitiesPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentitiesPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Identities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Identities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]} as unknown as DocumentNode<IdentitiesPayMutation, IdentitiesPayMutationVariables>;
export const IdentitiesShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentitiesShip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SHIPPED"}},{"kind":"Argument","name":{"kind":"Name","value":"shipment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Identities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Identities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]} as unknown as DocumentNode<IdentitiesShipMutation, IdentitiesShipMutationVariables>;
export const ModelCartSubtotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelCartSubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ModelCartSubtotalQuery, ModelCartSubtotalQueryVariables>;
export const CartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<CartQuery, CartQueryVariables>;
export const AddToCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<AddToCartMutation, AddToCartMutationVariables>;
export const UpdateCartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const RemoveFromCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<RemoveFromCartMutation, RemoveFromCartMutationVariables>;
export const ClearCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<ClearCartMutation, ClearCartMutationVariables>;
export const MergeCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]} as unknown as DocumentNode<MergeCartMutation, MergeCartMutationVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const UpdateOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrderStatusMutation, UpdateOrderStatusMutationVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const CancelOrderRefundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrderRefunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<CancelOrderRefundsMutation, CancelOrderRefundsMutationVariables>;
export const UpdateOrderStatusWithShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderStatusWithShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<UpdateOrderStatusWithShipmentMutation, UpdateOrderStatusWithShipmentMutationVariables>;
export const OrderMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}}]} as unknown as DocumentNode<OrderMoneyQuery, OrderMoneyQueryVariables>;
export const PlaceOrderExpectingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrderExpecting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderExpectingMutation, PlaceOrderExpectingMutationVariables>;
export const CartByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartByIdQuery, CartByIdQueryVariables>;
export const CartCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartCreateMutation, CartCreateMutationVariables>;
export const CartLinesAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartLinesAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartLinesAddMutation, CartLinesAddMutationVariables>;
export const CartLinesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartLinesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLineUpdateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartLinesUpdateMutation, CartLinesUpdateMutationVariables>;
export const CartLinesRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartLinesRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartLinesRemoveMutation, CartLinesRemoveMutationVariables>;
export const CartAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CartAttachMutation, CartAttachMutationVariables>;
export const PlaceOrderWithCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrderWithCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartByIdFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartByIdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderWithCartMutation, PlaceOrderWithCartMutationVariables>;
export const ListUserOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUserOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListUserOrdersQuery, ListUserOrdersQueryVariables>;
export const ListAdminOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ListAdminOrdersQuery, ListAdminOrdersQueryVariables>;
export const PricedCreateZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricedCreateZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PricedCreateZoneMutation, PricedCreateZoneMutationVariables>;
export const PricedCreateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricedCreateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxWeightGrams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PricedCreateMethodMutation, PricedCreateMethodMutationVariables>;
export const PricedSetRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricedSetRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PricedSetRateMutation, PricedSetRateMutationVariables>;
export const PricedCreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricedCreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PricedCreatePromotionMutation, PricedCreatePromotionMutationVariables>;
export const PricedPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PricedPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}}]}}]} as unknown as DocumentNode<PricedPromotionsQuery, PricedPromotionsQueryVariables>;
export const PricedShippingMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PricedShippingMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<PricedShippingMethodsQuery, PricedShippingMethodsQueryVariables>;
export const PricedCartTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PricedCartTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartTotalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodName"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PricedCartTotalsQuery, PricedCartTotalsQueryVariables>;
export const PricedPlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricedPlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodName"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grossTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PricedPlaceOrderMutation, PricedPlaceOrderMutationVariables>;
export const PromotionsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromotionsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionsCreateMutation, PromotionsCreateMutationVariables>;
export const PromotionsArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromotionsArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionsArchiveMutation, PromotionsArchiveMutationVariables>;
export const PromotionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}}]}}]} as unknown as DocumentNode<PromotionsListQuery, PromotionsListQueryVariables>;
export const QueriesUserOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesUserOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesUserOrdersQuery, QueriesUserOrdersQueryVariables>;
export const QueriesUserOrderCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesUserOrderCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesUserOrderCountQuery, QueriesUserOrderCountQueryVariables>;
export const QueriesUserCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesUserCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesUserCartQuery, QueriesUserCartQueryVariables>;
export const QueriesOrderEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesOrderEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesOrderEntitiesQuery, QueriesOrderEntitiesQueryVariables>;
export const QueriesAdminOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesAdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesAdminOrdersQuery, QueriesAdminOrdersQueryVariables>;
export const QueriesSalesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesSalesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProductsByUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProductsByRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesSalesReportQuery, QueriesSalesReportQueryVariables>;
export const QueriesExactSalesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesExactSalesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProductsByRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesExactSalesReportQuery, QueriesExactSalesReportQueryVariables>;
export const QueriesSalesReportCentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesSalesReportCents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<QueriesSalesReportCentsQuery, QueriesSalesReportCentsQueryVariables>;
export const ShippingCreateZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShippingCreateZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingCreateZoneMutation, ShippingCreateZoneMutationVariables>;
export const ShippingCreateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShippingCreateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShippingMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShippingMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingCreateMethodMutation, ShippingCreateMethodMutationVariables>;
export const ShippingMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShippingMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingMethodsQuery, ShippingMethodsQueryVariables>;
export const ShippingZonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingZonesQuery, ShippingZonesQueryVariables>;
export const ShippingDeleteZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShippingDeleteZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteShippingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingDeleteZoneMutation, ShippingDeleteZoneMutationVariables>;
export const ShippingMethodNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShippingMethodNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingMethodNodeQuery, ShippingMethodNodeQueryVariables>;
export const OrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderUpdatedSubscription, OrderUpdatedSubscriptionVariables>;
export const TaxSetRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaxSetRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TaxSetRateMutation, TaxSetRateMutationVariables>;
export const TaxRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}}]}}]}}]} as unknown as DocumentNode<TaxRatesQuery, TaxRatesQueryVariables>;
export const TaxDeleteRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaxDeleteRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TaxDeleteRateMutation, TaxDeleteRateMutationVariables>;