/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What Cart.totals prices the cart with: the checkout's choices */
export type CartTotalsInput = {
  /** Where the order would ship: ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  /** A coupon code to try (any case); nothing is redeemed */
  couponCode?: string | null | undefined;
  /** One of shippingMethods(country); none: no shipping priced in */
  shippingMethodId?: string | number | null | undefined;
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

export type CheckoutTotalsQueryVariables = Exact<{
  cartId?: string | number | null | undefined;
  input: CartTotalsInput;
}>;


export type CheckoutTotalsQuery = { cart: { __typename: 'Cart', id: string, totals: { __typename: 'CartTotals', pricesIncludeTax: boolean, shippingMethodName: string | null, couponCode: string | null, subtotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, total: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, userErrors: Array<{ __typename: 'CheckoutUserError', field: Array<string> | null, code: CheckoutErrorCode, message: string }> } } | null };

export type OrderFigurePartsFragment = { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } };

export type OrderFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderFiguresQuery = { order: { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } } | null };

export type GuestOrderFiguresQueryVariables = Exact<{
  token: string;
}>;


export type GuestOrderFiguresQuery = { orderByToken: { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } } };

export type SitemapProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { __typename: 'ProductConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Product', id: string, slug: string, updatedAt: string }> } };

export type SitemapCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, slug: string }> };

export const OrderFigurePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrderFigurePartsFragment, unknown>;
export const CheckoutTotalsDocument = {"__meta__":{"hash":"sha256:9424ea936f37a29704a50be650ef62999dcb5abb6c3ebf765a96af0147e581f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartTotalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodName"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CheckoutTotalsQuery, CheckoutTotalsQueryVariables>;
export const OrderFiguresDocument = {"__meta__":{"hash":"sha256:5b35bb5cb02aa962287b30bc114ee45faba7bf2b5b683715327386f7184bff7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFigureParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrderFiguresQuery, OrderFiguresQueryVariables>;
export const GuestOrderFiguresDocument = {"__meta__":{"hash":"sha256:9490fe516167606460fd3a4307e0ce5dd07d367657e6442aa219d9881d184ec0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestOrderFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFigureParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<GuestOrderFiguresQuery, GuestOrderFiguresQueryVariables>;
export const SitemapProductsDocument = {"__meta__":{"hash":"sha256:ea3023887479353241f50e315acea118577c8c615abcd1f1455946b2d5c606a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const SitemapCategoriesDocument = {"__meta__":{"hash":"sha256:f68527f7c5fbb9e7d7ea1f23aaf6779ea42efdbac514cd6eb7ec3c35d4b0934d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SitemapCategoriesQuery, SitemapCategoriesQueryVariables>;