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
    "\n  fragment CartFields on Cart {\n    lines {\n      variant {\n        id\n      }\n      quantity\n      unitPrice {\n        amountCents\n        currency\n      }\n      lineTotal {\n        amountCents\n      }\n      available\n    }\n    subtotal {\n      amountCents\n      currency\n      formatted\n    }\n    totalQuantity\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    currency\n    createdAt\n    updatedAt\n    paidAt\n    expiresAt\n    lines {\n      variant {\n        id\n      }\n      productName\n      variantTitle\n      sku\n      unitPrice {\n        amountCents\n        currency\n      }\n      quantity\n      lineTotal {\n        amountCents\n      }\n    }\n    subtotal {\n      amountCents\n      currency\n    }\n    total {\n      amountCents\n      currency\n      formatted\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n    statusHistory {\n      from\n      to\n      at\n      by\n      reason\n    }\n    user {\n      id\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n": typeof types.CartDocument,
    "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation UpdateCartLine($variantId: ID!, $quantity: Int!) {\n    updateCartLine(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateCartLineDocument,
    "\n  mutation RemoveFromCart($variantId: ID!) {\n    removeFromCart(variantId: $variantId) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveFromCartDocument,
    "\n  mutation ClearCart {\n    clearCart {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ClearCartDocument,
    "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.MergeCartDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        ...OrderFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation PayOrder($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        id\n        status\n        paidAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PayOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      order {\n        id\n        status\n        statusHistory {\n          from\n          to\n          by\n          reason\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(orderId: $orderId, status: $status, reason: $reason) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrderStatusDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderDocument,
    "\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n": typeof types.ShipmentFieldsFragmentDoc,
    "\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CancelOrderRefundsDocument,
    "\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrderStatusWithShipmentDocument,
    "\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n": typeof types.OrderMoneyDocument,
    "\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderExpectingDocument,
    "\n  fragment CartByIdFields on Cart {\n    id\n    lines {\n      id\n      variant {\n        id\n      }\n      quantity\n    }\n    totalQuantity\n    subtotal {\n      amountCents\n      currency\n    }\n  }\n": typeof types.CartByIdFieldsFragmentDoc,
    "\n  query CartById($id: ID) {\n    cart(id: $id) {\n      ...CartByIdFields\n    }\n  }\n": typeof types.CartByIdDocument,
    "\n  mutation CartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": typeof types.CartCreateDocument,
    "\n  mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n    cartLinesAdd(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": typeof types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n    cartLinesUpdate(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": typeof types.CartLinesUpdateDocument,
    "\n  mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": typeof types.CartLinesRemoveDocument,
    "\n  mutation CartAttach($cartId: ID!) {\n    cartAttach(cartId: $cartId) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": typeof types.CartAttachDocument,
    "\n  mutation PlaceOrderWithCart($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        lines {\n          variant {\n            id\n          }\n          quantity\n        }\n      }\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderWithCartDocument,
    "\n  mutation PromotionsCreate($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n        couponCode\n        percentOff\n        amountOff {\n          amountCents\n        }\n        usageLimit\n        uses\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.PromotionsCreateDocument,
    "\n  mutation PromotionsArchive($id: ID!) {\n    archivePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PromotionsArchiveDocument,
    "\n  query PromotionsList {\n    promotions {\n      id\n      couponCode\n      uses\n    }\n  }\n": typeof types.PromotionsListDocument,
    "\n  mutation ShippingCreateZone($input: CreateShippingZoneInput!) {\n    createShippingZone(input: $input) {\n      zone {\n        id\n        name\n        countries\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShippingCreateZoneDocument,
    "\n  mutation ShippingCreateMethod($input: CreateShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      method {\n        id\n        name\n        price {\n          amountCents\n          currency\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ShippingCreateMethodDocument,
    "\n  query ShippingMethods($country: String!, $cartId: ID) {\n    shippingMethods(country: $country, cartId: $cartId) {\n      id\n      name\n      price {\n        amountCents\n      }\n    }\n  }\n": typeof types.ShippingMethodsDocument,
    "\n  query ShippingZones {\n    shippingZones {\n      id\n      countries\n      methods {\n        name\n      }\n    }\n  }\n": typeof types.ShippingZonesDocument,
    "\n  mutation ShippingDeleteZone($id: ID!) {\n    deleteShippingZone(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShippingDeleteZoneDocument,
    "\n  query ShippingMethodNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ShippingMethod {\n        name\n      }\n    }\n  }\n": typeof types.ShippingMethodNodeDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderUpdatedDocument,
    "\n  mutation TaxSetRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      taxRate {\n        id\n        country\n        category\n        rateBasisPoints\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.TaxSetRateDocument,
    "\n  query TaxRates($country: String) {\n    taxRates(country: $country) {\n      country\n      category\n      rateBasisPoints\n    }\n  }\n": typeof types.TaxRatesDocument,
    "\n  mutation TaxDeleteRate($id: ID!) {\n    deleteTaxRate(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TaxDeleteRateDocument,
};
const documents: Documents = {
    "\n  fragment Identities on Order {\n    id\n    lines {\n      id\n      sku\n    }\n    statusHistory {\n      id\n      to\n    }\n    shipment {\n      id\n      carrier\n    }\n    payments {\n      id\n      status\n      failureCode\n    }\n  }\n": types.IdentitiesFragmentDoc,
    "\n  query OrderIds($id: ID!) {\n    order(id: $id) {\n      ...Identities\n    }\n  }\n": types.OrderIdsDocument,
    "\n  mutation IdentitiesPay($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentitiesPayDocument,
    "\n  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {\n      order {\n        ...Identities\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentitiesShipDocument,
    "\n  fragment CartFields on Cart {\n    lines {\n      variant {\n        id\n      }\n      quantity\n      unitPrice {\n        amountCents\n        currency\n      }\n      lineTotal {\n        amountCents\n      }\n      available\n    }\n    subtotal {\n      amountCents\n      currency\n      formatted\n    }\n    totalQuantity\n  }\n": types.CartFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    currency\n    createdAt\n    updatedAt\n    paidAt\n    expiresAt\n    lines {\n      variant {\n        id\n      }\n      productName\n      variantTitle\n      sku\n      unitPrice {\n        amountCents\n        currency\n      }\n      quantity\n      lineTotal {\n        amountCents\n      }\n    }\n    subtotal {\n      amountCents\n      currency\n    }\n    total {\n      amountCents\n      currency\n      formatted\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n    statusHistory {\n      from\n      to\n      at\n      by\n      reason\n    }\n    user {\n      id\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n": types.CartDocument,
    "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation UpdateCartLine($variantId: ID!, $quantity: Int!) {\n    updateCartLine(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateCartLineDocument,
    "\n  mutation RemoveFromCart($variantId: ID!) {\n    removeFromCart(variantId: $variantId) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveFromCartDocument,
    "\n  mutation ClearCart {\n    clearCart {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ClearCartDocument,
    "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.MergeCartDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        ...OrderFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation PayOrder($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        id\n        status\n        paidAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PayOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      order {\n        id\n        status\n        statusHistory {\n          from\n          to\n          by\n          reason\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(orderId: $orderId, status: $status, reason: $reason) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrderStatusDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n": types.OrderDocument,
    "\n  fragment MoneyFields on Order {\n    payments {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      provider\n      reference\n      failureCode\n      createdAt\n    }\n    refunds {\n      id\n      status\n      amount {\n        amountCents\n        currency\n      }\n      reference\n      createdAt\n      refundedAt\n      lastError\n    }\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment ShipmentFields on Order {\n    shipment {\n      carrier\n      trackingNumber\n      shippedAt\n    }\n  }\n": types.ShipmentFieldsFragmentDoc,
    "\n  mutation CancelOrderRefunds($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        id\n        status\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CancelOrderRefundsDocument,
    "\n  mutation UpdateOrderStatusWithShipment($orderId: ID!, $status: OrderStatus!, $shipment: ShipmentInput) {\n    updateOrderStatus(orderId: $orderId, status: $status, shipment: $shipment) {\n      order {\n        id\n        status\n        ...ShipmentFields\n        ...MoneyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrderStatusWithShipmentDocument,
    "\n  query OrderMoney($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      ...MoneyFields\n      ...ShipmentFields\n    }\n  }\n": types.OrderMoneyDocument,
    "\n  mutation PlaceOrderExpecting($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        total {\n          amountCents\n          currency\n        }\n      }\n      priceChange {\n        expectedTotal {\n          amountCents\n          currency\n        }\n        total {\n          amountCents\n          currency\n        }\n        lines {\n          variant {\n            id\n          }\n          quantity\n          unitPrice {\n            amountCents\n            currency\n          }\n          previousUnitPrice {\n            amountCents\n            currency\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlaceOrderExpectingDocument,
    "\n  fragment CartByIdFields on Cart {\n    id\n    lines {\n      id\n      variant {\n        id\n      }\n      quantity\n    }\n    totalQuantity\n    subtotal {\n      amountCents\n      currency\n    }\n  }\n": types.CartByIdFieldsFragmentDoc,
    "\n  query CartById($id: ID) {\n    cart(id: $id) {\n      ...CartByIdFields\n    }\n  }\n": types.CartByIdDocument,
    "\n  mutation CartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": types.CartCreateDocument,
    "\n  mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n    cartLinesAdd(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n    cartLinesUpdate(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": types.CartLinesUpdateDocument,
    "\n  mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": types.CartLinesRemoveDocument,
    "\n  mutation CartAttach($cartId: ID!) {\n    cartAttach(cartId: $cartId) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n": types.CartAttachDocument,
    "\n  mutation PlaceOrderWithCart($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        lines {\n          variant {\n            id\n          }\n          quantity\n        }\n      }\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlaceOrderWithCartDocument,
    "\n  mutation PromotionsCreate($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n        couponCode\n        percentOff\n        amountOff {\n          amountCents\n        }\n        usageLimit\n        uses\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.PromotionsCreateDocument,
    "\n  mutation PromotionsArchive($id: ID!) {\n    archivePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PromotionsArchiveDocument,
    "\n  query PromotionsList {\n    promotions {\n      id\n      couponCode\n      uses\n    }\n  }\n": types.PromotionsListDocument,
    "\n  mutation ShippingCreateZone($input: CreateShippingZoneInput!) {\n    createShippingZone(input: $input) {\n      zone {\n        id\n        name\n        countries\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShippingCreateZoneDocument,
    "\n  mutation ShippingCreateMethod($input: CreateShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      method {\n        id\n        name\n        price {\n          amountCents\n          currency\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ShippingCreateMethodDocument,
    "\n  query ShippingMethods($country: String!, $cartId: ID) {\n    shippingMethods(country: $country, cartId: $cartId) {\n      id\n      name\n      price {\n        amountCents\n      }\n    }\n  }\n": types.ShippingMethodsDocument,
    "\n  query ShippingZones {\n    shippingZones {\n      id\n      countries\n      methods {\n        name\n      }\n    }\n  }\n": types.ShippingZonesDocument,
    "\n  mutation ShippingDeleteZone($id: ID!) {\n    deleteShippingZone(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShippingDeleteZoneDocument,
    "\n  query ShippingMethodNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ShippingMethod {\n        name\n      }\n    }\n  }\n": types.ShippingMethodNodeDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n": types.OrderUpdatedDocument,
    "\n  mutation TaxSetRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      taxRate {\n        id\n        country\n        category\n        rateBasisPoints\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.TaxSetRateDocument,
    "\n  query TaxRates($country: String) {\n    taxRates(country: $country) {\n      country\n      category\n      rateBasisPoints\n    }\n  }\n": types.TaxRatesDocument,
    "\n  mutation TaxDeleteRate($id: ID!) {\n    deleteTaxRate(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TaxDeleteRateDocument,
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
export function graphql(source: "\n  fragment CartFields on Cart {\n    lines {\n      variant {\n        id\n      }\n      quantity\n      unitPrice {\n        amountCents\n        currency\n      }\n      lineTotal {\n        amountCents\n      }\n      available\n    }\n    subtotal {\n      amountCents\n      currency\n      formatted\n    }\n    totalQuantity\n  }\n"): (typeof documents)["\n  fragment CartFields on Cart {\n    lines {\n      variant {\n        id\n      }\n      quantity\n      unitPrice {\n        amountCents\n        currency\n      }\n      lineTotal {\n        amountCents\n      }\n      available\n    }\n    subtotal {\n      amountCents\n      currency\n      formatted\n    }\n    totalQuantity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    currency\n    createdAt\n    updatedAt\n    paidAt\n    expiresAt\n    lines {\n      variant {\n        id\n      }\n      productName\n      variantTitle\n      sku\n      unitPrice {\n        amountCents\n        currency\n      }\n      quantity\n      lineTotal {\n        amountCents\n      }\n    }\n    subtotal {\n      amountCents\n      currency\n    }\n    total {\n      amountCents\n      currency\n      formatted\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n    statusHistory {\n      from\n      to\n      at\n      by\n      reason\n    }\n    user {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    currency\n    createdAt\n    updatedAt\n    paidAt\n    expiresAt\n    lines {\n      variant {\n        id\n      }\n      productName\n      variantTitle\n      sku\n      unitPrice {\n        amountCents\n        currency\n      }\n      quantity\n      lineTotal {\n        amountCents\n      }\n    }\n    subtotal {\n      amountCents\n      currency\n    }\n    total {\n      amountCents\n      currency\n      formatted\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n    statusHistory {\n      from\n      to\n      at\n      by\n      reason\n    }\n    user {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCartLine($variantId: ID!, $quantity: Int!) {\n    updateCartLine(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCartLine($variantId: ID!, $quantity: Int!) {\n    updateCartLine(variantId: $variantId, quantity: $quantity) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCart($variantId: ID!) {\n    removeFromCart(variantId: $variantId) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromCart($variantId: ID!) {\n    removeFromCart(variantId: $variantId) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCart {\n    clearCart {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCart {\n    clearCart {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      cart {\n        ...CartFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        ...OrderFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        ...OrderFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOrder($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        id\n        status\n        paidAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayOrder($orderId: ID!, $token: String!) {\n    payOrder(orderId: $orderId, paymentToken: $token) {\n      order {\n        id\n        status\n        paidAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      order {\n        id\n        status\n        statusHistory {\n          from\n          to\n          by\n          reason\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      order {\n        id\n        status\n        statusHistory {\n          from\n          to\n          by\n          reason\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(orderId: $orderId, status: $status, reason: $reason) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(orderId: $orderId, status: $status, reason: $reason) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartByIdFields on Cart {\n    id\n    lines {\n      id\n      variant {\n        id\n      }\n      quantity\n    }\n    totalQuantity\n    subtotal {\n      amountCents\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CartByIdFields on Cart {\n    id\n    lines {\n      id\n      variant {\n        id\n      }\n      quantity\n    }\n    totalQuantity\n    subtotal {\n      amountCents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartById($id: ID) {\n    cart(id: $id) {\n      ...CartByIdFields\n    }\n  }\n"): (typeof documents)["\n  query CartById($id: ID) {\n    cart(id: $id) {\n      ...CartByIdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n    cartLinesAdd(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n    cartLinesAdd(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n    cartLinesUpdate(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n    cartLinesUpdate(cartId: $cartId, lines: $lines) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartAttach($cartId: ID!) {\n    cartAttach(cartId: $cartId) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CartAttach($cartId: ID!) {\n    cartAttach(cartId: $cartId) {\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrderWithCart($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        lines {\n          variant {\n            id\n          }\n          quantity\n        }\n      }\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrderWithCart($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        lines {\n          variant {\n            id\n          }\n          quantity\n        }\n      }\n      cart {\n        ...CartByIdFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromotionsCreate($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n        couponCode\n        percentOff\n        amountOff {\n          amountCents\n        }\n        usageLimit\n        uses\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromotionsCreate($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n        couponCode\n        percentOff\n        amountOff {\n          amountCents\n        }\n        usageLimit\n        uses\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromotionsArchive($id: ID!) {\n    archivePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromotionsArchive($id: ID!) {\n    archivePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromotionsList {\n    promotions {\n      id\n      couponCode\n      uses\n    }\n  }\n"): (typeof documents)["\n  query PromotionsList {\n    promotions {\n      id\n      couponCode\n      uses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingCreateZone($input: CreateShippingZoneInput!) {\n    createShippingZone(input: $input) {\n      zone {\n        id\n        name\n        countries\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShippingCreateZone($input: CreateShippingZoneInput!) {\n    createShippingZone(input: $input) {\n      zone {\n        id\n        name\n        countries\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingCreateMethod($input: CreateShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      method {\n        id\n        name\n        price {\n          amountCents\n          currency\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShippingCreateMethod($input: CreateShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      method {\n        id\n        name\n        price {\n          amountCents\n          currency\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingMethods($country: String!, $cartId: ID) {\n    shippingMethods(country: $country, cartId: $cartId) {\n      id\n      name\n      price {\n        amountCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShippingMethods($country: String!, $cartId: ID) {\n    shippingMethods(country: $country, cartId: $cartId) {\n      id\n      name\n      price {\n        amountCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingZones {\n    shippingZones {\n      id\n      countries\n      methods {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShippingZones {\n    shippingZones {\n      id\n      countries\n      methods {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingDeleteZone($id: ID!) {\n    deleteShippingZone(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShippingDeleteZone($id: ID!) {\n    deleteShippingZone(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingMethodNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ShippingMethod {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShippingMethodNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ShippingMethod {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaxSetRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      taxRate {\n        id\n        country\n        category\n        rateBasisPoints\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaxSetRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      taxRate {\n        id\n        country\n        category\n        rateBasisPoints\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxRates($country: String) {\n    taxRates(country: $country) {\n      country\n      category\n      rateBasisPoints\n    }\n  }\n"): (typeof documents)["\n  query TaxRates($country: String) {\n    taxRates(country: $country) {\n      country\n      category\n      rateBasisPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaxDeleteRate($id: ID!) {\n    deleteTaxRate(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaxDeleteRate($id: ID!) {\n    deleteTaxRate(id: $id) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;