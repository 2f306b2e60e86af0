/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CheckoutTotals($cartId: ID, $input: CartTotalsInput!) {\n  cart(id: $cartId) {\n    id\n    totals(input: $input) {\n      subtotal {\n        amountCents\n        currency\n        formatted\n      }\n      discountTotal {\n        amountCents\n        currency\n        formatted\n      }\n      shippingTotal {\n        amountCents\n        currency\n        formatted\n      }\n      taxTotal {\n        amountCents\n        currency\n        formatted\n      }\n      total {\n        amountCents\n        currency\n        formatted\n      }\n      pricesIncludeTax\n      shippingMethodName\n      couponCode\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n}": typeof types.CheckoutTotalsDocument,
    "fragment OrderFigureParts on Order {\n  id\n  shippingTotal {\n    amountCents\n    currency\n    formatted\n  }\n  discountTotal {\n    amountCents\n    currency\n    formatted\n  }\n  taxTotal {\n    amountCents\n    currency\n    formatted\n  }\n  pricesIncludeTax\n}\n\nquery OrderFigures($id: ID!) {\n  order(id: $id) {\n    ...OrderFigureParts\n  }\n}\n\nquery GuestOrderFigures($token: String!) {\n  orderByToken(token: $token) {\n    ...OrderFigureParts\n  }\n}": typeof types.OrderFigurePartsFragmentDoc,
    "query SitemapProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after, sortKey: TITLE) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      updatedAt\n    }\n  }\n}\n\nquery SitemapCategories {\n  categories {\n    id\n    slug\n  }\n}": typeof types.SitemapProductsDocument,
};
const documents: Documents = {
    "query CheckoutTotals($cartId: ID, $input: CartTotalsInput!) {\n  cart(id: $cartId) {\n    id\n    totals(input: $input) {\n      subtotal {\n        amountCents\n        currency\n        formatted\n      }\n      discountTotal {\n        amountCents\n        currency\n        formatted\n      }\n      shippingTotal {\n        amountCents\n        currency\n        formatted\n      }\n      taxTotal {\n        amountCents\n        currency\n        formatted\n      }\n      total {\n        amountCents\n        currency\n        formatted\n      }\n      pricesIncludeTax\n      shippingMethodName\n      couponCode\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n}": types.CheckoutTotalsDocument,
    "fragment OrderFigureParts on Order {\n  id\n  shippingTotal {\n    amountCents\n    currency\n    formatted\n  }\n  discountTotal {\n    amountCents\n    currency\n    formatted\n  }\n  taxTotal {\n    amountCents\n    currency\n    formatted\n  }\n  pricesIncludeTax\n}\n\nquery OrderFigures($id: ID!) {\n  order(id: $id) {\n    ...OrderFigureParts\n  }\n}\n\nquery GuestOrderFigures($token: String!) {\n  orderByToken(token: $token) {\n    ...OrderFigureParts\n  }\n}": types.OrderFigurePartsFragmentDoc,
    "query SitemapProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after, sortKey: TITLE) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      updatedAt\n    }\n  }\n}\n\nquery SitemapCategories {\n  categories {\n    id\n    slug\n  }\n}": types.SitemapProductsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutTotals($cartId: ID, $input: CartTotalsInput!) {\n  cart(id: $cartId) {\n    id\n    totals(input: $input) {\n      subtotal {\n        amountCents\n        currency\n        formatted\n      }\n      discountTotal {\n        amountCents\n        currency\n        formatted\n      }\n      shippingTotal {\n        amountCents\n        currency\n        formatted\n      }\n      taxTotal {\n        amountCents\n        currency\n        formatted\n      }\n      total {\n        amountCents\n        currency\n        formatted\n      }\n      pricesIncludeTax\n      shippingMethodName\n      couponCode\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n}"): (typeof documents)["query CheckoutTotals($cartId: ID, $input: CartTotalsInput!) {\n  cart(id: $cartId) {\n    id\n    totals(input: $input) {\n      subtotal {\n        amountCents\n        currency\n        formatted\n      }\n      discountTotal {\n        amountCents\n        currency\n        formatted\n      }\n      shippingTotal {\n        amountCents\n        currency\n        formatted\n      }\n      taxTotal {\n        amountCents\n        currency\n        formatted\n      }\n      total {\n        amountCents\n        currency\n        formatted\n      }\n      pricesIncludeTax\n      shippingMethodName\n      couponCode\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderFigureParts on Order {\n  id\n  shippingTotal {\n    amountCents\n    currency\n    formatted\n  }\n  discountTotal {\n    amountCents\n    currency\n    formatted\n  }\n  taxTotal {\n    amountCents\n    currency\n    formatted\n  }\n  pricesIncludeTax\n}\n\nquery OrderFigures($id: ID!) {\n  order(id: $id) {\n    ...OrderFigureParts\n  }\n}\n\nquery GuestOrderFigures($token: String!) {\n  orderByToken(token: $token) {\n    ...OrderFigureParts\n  }\n}"): (typeof documents)["fragment OrderFigureParts on Order {\n  id\n  shippingTotal {\n    amountCents\n    currency\n    formatted\n  }\n  discountTotal {\n    amountCents\n    currency\n    formatted\n  }\n  taxTotal {\n    amountCents\n    currency\n    formatted\n  }\n  pricesIncludeTax\n}\n\nquery OrderFigures($id: ID!) {\n  order(id: $id) {\n    ...OrderFigureParts\n  }\n}\n\nquery GuestOrderFigures($token: String!) {\n  orderByToken(token: $token) {\n    ...OrderFigureParts\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after, sortKey: TITLE) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      updatedAt\n    }\n  }\n}\n\nquery SitemapCategories {\n  categories {\n    id\n    slug\n  }\n}"): (typeof documents)["query SitemapProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after, sortKey: TITLE) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      updatedAt\n    }\n  }\n}\n\nquery SitemapCategories {\n  categories {\n    id\n    slug\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;