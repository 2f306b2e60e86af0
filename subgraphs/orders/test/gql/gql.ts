/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment Identities on Order {\n    id\n    lines {\n      id\n      sku\n    }\n    statusHistory {\n      id\n      to\n    }\n    shipment {\n      id\n      carrier\n    }\n    payments {\n      id\n      status\n      failureCode\n    }\n  }\n": typeof types.IdentitiesFragmentDoc,
    "\n  query OrderIds($id: ID!) {\n    order(id: $id) {\n      ...Identities\n    }\n  }\n": typeof types.OrderIdsDocument,
    "\n  mutation IdentitiesPay($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdentitiesPayDocument,
    "\n  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdentitiesShipDocument,
    "\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n": typeof types.ShipmentFieldsFragmentDoc,
    "\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CancelOrderRefundsDocument,
    "\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrderStatusWithShipmentDocument,
    "\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n": typeof types.OrderMoneyDocument,
    "\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderExpectingDocument,
};
const documents: Documents = {
    "\n  fragment Identities on Order {\n    id\n    lines {\n      id\n      sku\n    }\n    statusHistory {\n      id\n      to\n    }\n    shipment {\n      id\n      carrier\n    }\n    payments {\n      id\n      status\n      failureCode\n    }\n  }\n": types.IdentitiesFragmentDoc,
    "\n  query OrderIds($id: ID!) {\n    order(id: $id) {\n      ...Identities\n    }\n  }\n": types.OrderIdsDocument,
    "\n  mutation IdentitiesPay($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentitiesPayDocument,
    "\n  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentitiesShipDocument,
    "\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n": types.ShipmentFieldsFragmentDoc,
    "\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CancelOrderRefundsDocument,
    "\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrderStatusWithShipmentDocument,
    "\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n": types.OrderMoneyDocument,
    "\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlaceOrderExpectingDocument,
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
export function graphql(source: "\n  fragment Identities on Order {\n    id\n    lines {\n      id\n      sku\n    }\n    statusHistory {\n      id\n      to\n    }\n    shipment {\n      id\n      carrier\n    }\n    payments {\n      id\n      status\n      failureCode\n    }\n  }\n"): (typeof documents)["\n  fragment Identities on Order {\n    id\n    lines {\n      id\n      sku\n    }\n    statusHistory {\n      id\n      to\n    }\n    shipment {\n      id\n      carrier\n    }\n    payments {\n      id\n      status\n      failureCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderIds($id: ID!) {\n    order(id: $id) {\n      ...Identities\n    }\n  }\n"): (typeof documents)["\n  query OrderIds($id: ID!) {\n    order(id: $id) {\n      ...Identities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitiesPay($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentitiesPay($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n"): (typeof documents)["\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;