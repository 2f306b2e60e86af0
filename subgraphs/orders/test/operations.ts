import { TEST_ADDRESS } from "@shopgraph/testing";
import { graphql } from "./gql/index.js";
/**
 * The GraphQL operations the orders tests send, written once, as typed documents (see codegen.ts).
 */
graphql(`
  fragment CartFields on Cart {
    lines {
      variant {
        id
      }
      quantity
      unitPrice {
        amountCents
        currency
      }
      lineTotal {
        amountCents
      }
      available
    }
    subtotal {
      amountCents
      currency
      formatted
    }
    totalQuantity
  }
`);

graphql(`
  fragment OrderFields on Order {
    id
    number
    status
    currency
    createdAt
    updatedAt
    paidAt
    expiresAt
    lines {
      variant {
        id
      }
      productName
      variantTitle
      sku
      unitPrice {
        amountCents
        currency
      }
      quantity
      lineTotal {
        amountCents
      }
    }
    subtotal {
      amountCents
      currency
    }
    total {
      amountCents
      currency
      formatted
    }
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
    statusHistory {
      from
      to
      at
      by
      reason
    }
    user {
      id
    }
  }
`);

export const CART = graphql(`
  query Cart {
    cart {
      ...CartFields
    }
  }
`);

export const ADD_TO_CART = graphql(`
  mutation AddToCart($variantId: ID!, $quantity: Int!) {
    addToCart(variantId: $variantId, quantity: $quantity) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UPDATE_CART_LINE = graphql(`
  mutation UpdateCartLine($variantId: ID!, $quantity: Int!) {
    updateCartLine(variantId: $variantId, quantity: $quantity) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const REMOVE_FROM_CART = graphql(`
  mutation RemoveFromCart($variantId: ID!) {
    removeFromCart(variantId: $variantId) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CLEAR_CART = graphql(`
  mutation ClearCart {
    clearCart {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MERGE_CART = graphql(`
  mutation MergeCart($lines: [CartLineInput!]!) {
    mergeCart(lines: $lines) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PLACE_ORDER = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        ...OrderFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PAY_ORDER = graphql(`
  mutation PayOrder($orderId: ID!, $token: String!) {
    payOrder(orderId: $orderId, paymentToken: $token) {
      order {
        id
        status
        paidAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      order {
        id
        status
        statusHistory {
          from
          to
          by
          reason
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UPDATE_ORDER_STATUS = graphql(`
  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!, $reason: String) {
    updateOrderStatus(orderId: $orderId, status: $status, reason: $reason) {
      order {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ORDER = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderFields
    }
  }
`);

export const ADDRESS = TEST_ADDRESS;

graphql(`
  fragment MoneyFields on Order {
    payments {
      id
      status
      amount {
        amountCents
        currency
      }
      provider
      reference
      failureCode
      createdAt
    }
    refunds {
      id
      status
      amount {
        amountCents
        currency
      }
      reference
      createdAt
      refundedAt
      lastError
    }
  }
`);

graphql(`
  fragment ShipmentFields on Order {
    shipment {
      carrier
      trackingNumber
      shippedAt
    }
  }
`);

export const CANCEL_ORDER_REFUNDS = graphql(`
  mutation CancelOrderRefunds($orderId: ID!) {
    cancelOrder(orderId: $orderId) {
      order {
        id
        status
        ...MoneyFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UPDATE_ORDER_STATUS_WITH_SHIPMENT = graphql(`
  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {
    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {
      order {
        id
        status
        ...ShipmentFields
        ...MoneyFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ORDER_MONEY = graphql(`
  query OrderMoney($id: ID!) {
    order(id: $id) {
      id
      status
      ...MoneyFields
      ...ShipmentFields
    }
  }
`);

export const PLACE_ORDER_EXPECTING = graphql(`
  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        total {
          amountCents
          currency
        }
      }
      priceChange {
        expectedTotal {
          amountCents
          currency
        }
        total {
          amountCents
          currency
        }
        lines {
          variant {
            id
          }
          quantity
          unitPrice {
            amountCents
            currency
          }
          previousUnitPrice {
            amountCents
            currency
          }
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

graphql(`
  fragment CartByIdFields on Cart {
    id
    lines {
      id
      variant {
        id
      }
      quantity
    }
    totalQuantity
    subtotal {
      amountCents
      currency
    }
  }
`);

export const CART_BY_ID = graphql(`
  query CartById($id: ID) {
    cart(id: $id) {
      ...CartByIdFields
    }
  }
`);

export const CART_CREATE = graphql(`
  mutation CartCreate($input: CartCreateInput!) {
    cartCreate(input: $input) {
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
        target
      }
    }
  }
`);

export const CART_LINES_ADD = graphql(`
  mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {
    cartLinesAdd(cartId: $cartId, lines: $lines) {
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
        target
      }
    }
  }
`);

export const CART_LINES_UPDATE = graphql(`
  mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {
    cartLinesUpdate(cartId: $cartId, lines: $lines) {
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
        target
      }
    }
  }
`);

export const CART_LINES_REMOVE = graphql(`
  mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {
    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
        target
      }
    }
  }
`);

export const CART_ATTACH = graphql(`
  mutation CartAttach($cartId: ID!) {
    cartAttach(cartId: $cartId) {
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
        target
      }
    }
  }
`);

export const PLACE_ORDER_WITH_CART = graphql(`
  mutation PlaceOrderWithCart($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        lines {
          variant {
            id
          }
          quantity
        }
      }
      cart {
        ...CartByIdFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
