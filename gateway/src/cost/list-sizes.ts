/**
 * How many items each list of the public API can hold: the one place the cost estimate
 * (estimate.ts) reads list sizes from. A test checks that every list field of schema/api.graphql
 * has an entry here, so a new list cannot reach clients uncosted.
 *
 * - `argument`: the list's size is that argument (`first`, `top`; a connection's `first` or
 *   `last`, whichever is given, the larger if both; a list argument counts its items, as `ids`
 *   of `nodes`), `default` when omitted, clamped to `max`
 *   (the subgraph refuses more anyway).
 * - `page`: the `edges`/`nodes` of a connection: as many as the connection's page size.
 * - otherwise `max`: a list without an argument is costed at the most it can hold, as its
 *   subgraph bounds it.
 */
export type ListSize =
  | { kind: "argument"; arguments: readonly string[]; default: number; max: number }
  | { kind: "page" }
  | { kind: "bounded"; max: number };

/** Relay connections: `first` (or `last`) items, 20 when omitted, at most 100 (the subgraph package's pageSize). */
const connection: ListSize = { kind: "argument", arguments: ["first", "last"], default: 20, max: 100 };
const page: ListSize = { kind: "page" };
const bounded = (max: number): ListSize => ({ kind: "bounded", max });
/** userErrors name what was wrong with one input: a handful at most. */
const userErrors = bounded(20);

export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  // Connections
  "Query.products": connection,
  "Query.orders": connection,
  "Query.users": connection,
  "Query.notifications": connection,
  "Query.partnerApps": connection,
  "User.orders": connection,
  "User.notifications": connection,
  "ProductConnection.edges": page,
  "ProductConnection.nodes": page,
  "OrderConnection.edges": page,
  "OrderConnection.nodes": page,
  "UserConnection.edges": page,
  "UserConnection.nodes": page,
  "NotificationConnection.edges": page,
  "NotificationConnection.nodes": page,
  "PartnerAppConnection.edges": page,
  "PartnerAppConnection.nodes": page,

  // Lists sized by an argument
  "Query.sentMail": { kind: "argument", arguments: ["first"], default: 20, max: 100 },
  /** One node per id given; orders' MAX_NODE_IDS */
  "Query.nodes": { kind: "argument", arguments: ["ids"], default: 100, max: 100 },
  /** products' DEFAULT_SUGGESTIONS and MAX_SUGGESTIONS */
  "Query.searchSuggestions": { kind: "argument", arguments: ["first"], default: 8, max: 20 },

  // Lists bounded by their subgraph's rules
  /** Categories are few and admin-made; the shop shows them all in navigation. */
  "Query.categories": bounded(100),
  "ProductFacets.categories": bounded(100),
  /** Option names across the catalog, and their values: as many as ProductOption.values at most per name */
  "ProductFacets.options": bounded(100),
  "OptionFacet.values": bounded(100),
  /** products' LIMITS.variants, images, optionNames */
  "Product.variants": bounded(100),
  "Product.images": bounded(20),
  /** products' MEDIA_LIMITS.perProduct; each stored at up to 4 widths, in 3 formats */
  "Product.media": bounded(20),
  "ProductMedia.widths": bounded(4),
  "ProductMedia.sources": bounded(3),
  "Product.options": bounded(3),
  "ProductOption.values": bounded(100),
  "ProductVariant.options": bounded(3),
  /** orders' MAX_CART_LINES; an order holds a cart's lines */
  "Cart.lines": bounded(50),
  "Order.lines": bounded(50),
  /** The cart lines whose price changed, of a checkout refused with PRICE_CHANGED */
  "PriceChange.lines": bounded(50),
  /** PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED, or a cancellation: a handful of transitions */
  "Order.statusHistory": bounded(10),
  /**
   * Charge attempts, declines included: orders does not cap them, but an unpaid order expires
   * (ORDER_PAYMENT_TIMEOUT_MINUTES) and each attempt is a rate-limited request.
   */
  "Order.payments": bounded(20),
  /** An order is refunded once at most */
  "Order.refunds": bounded(1),
  /** users' MAX_SAVED_ADDRESSES */
  "User.addresses": bounded(20),
  /** salesReport: at most 366 days, top lists of at most 50 (its `top` argument) */
  "SalesReport.days": bounded(366),
  "SalesReport.topProductsByUnits": bounded(50),
  "SalesReport.topProductsByRevenue": bounded(50),

  /** Every zone has a country of its own (ISO 3166-1 has 249), and each at most MAX_METHODS_PER_ZONE methods */
  "Query.shippingZones": bounded(249),
  "ShippingZone.countries": bounded(249),
  "ShippingZone.methods": bounded(20),
  "Query.shippingMethods": bounded(20),
  /** orders' PROMOTION_LIMITS.live: at most 100 promotions are live at once */
  "Query.promotions": bounded(100),
  /** orders' PROMOTION_LIMITS.scopeIds */
  "Promotion.products": bounded(50),
  "Promotion.categories": bounded(50),
  /** One per country (249) and tax category (3) */
  "Query.taxRates": bounded(747),

  "CartUserError.field": bounded(10),
  "CheckoutUserError.field": bounded(10),
  "OrderUserError.field": bounded(10),
  "AuthPayload.userErrors": userErrors,
  "UserPayload.userErrors": userErrors,
  "CartPayload.userErrors": userErrors,
  "CartTotals.userErrors": userErrors,
  /** At most two per cart line (LINE_MERGED and QUANTITY_REDUCED), and a cart holds at most 50 */
  "CartPayload.warnings": bounded(100),
  "OrderPayload.userErrors": userErrors,
  "ShippingUserError.field": bounded(10),
  "ShippingZonePayload.userErrors": userErrors,
  "ShippingMethodPayload.userErrors": userErrors,
  "ShippingDeletePayload.userErrors": userErrors,
  "PromotionUserError.field": bounded(10),
  "PromotionPayload.userErrors": userErrors,
  "TaxUserError.field": bounded(10),
  "TaxRatePayload.userErrors": userErrors,
  "TaxRateDeletePayload.userErrors": userErrors,
  "CheckoutPayload.userErrors": userErrors,
  "ProductPayload.userErrors": userErrors,
  "CategoryPayload.userErrors": userErrors,
  "VariantPayload.userErrors": userErrors,
  "AccountUserError.field": bounded(10),
  "CatalogUserError.field": bounded(10),
  "StockUserError.field": bounded(10),
  "AdjustStockPayload.userErrors": userErrors,
  "SavedAddressPayload.userErrors": userErrors,
  "DeleteAddressPayload.userErrors": userErrors,
  "AddressUserError.field": bounded(10),
  /** notifications' MAX_MARK_READ_IDS: one notification, or one NOTIFICATION_NOT_FOUND, per id */
  "NotificationsMarkReadPayload.notifications": bounded(500),
  "NotificationsMarkReadPayload.userErrors": bounded(500),
  "NotificationUserError.field": bounded(10),
  /** kernel's PARTNER_SCOPES */
  "PartnerApp.scopes": bounded(6),
  /** users' MAX_LISTED_KEYS: an app's newest keys, revoked ones included */
  "PartnerApp.apiKeys": bounded(50),
  "PartnerAppPayload.userErrors": userErrors,
  "ApiKeyPayload.userErrors": userErrors,
  "DeletePartnerAppPayload.userErrors": userErrors,
  /** the gateway's usage subgraph: one entry per day asked (at most USAGE_DAYS_KEPT), at most 100 names a day */
  "PartnerApp.usage": { kind: "argument", arguments: ["days"], default: 7, max: 90 },
  "PartnerAppDailyUsage.operations": bounded(100),
  /** users' MAX_APP_OPERATIONS */
  "PartnerApp.operations": bounded(200),
  "AppOperationPayload.userErrors": userErrors,
  "DeleteAppOperationPayload.userErrors": userErrors,
  "PartnerAppUserError.field": bounded(10),
  /** notifications' MAX_ENDPOINTS_LISTED and MAX_DELIVERIES_PAGE; an endpoint takes at most the six webhook events */
  "Query.webhookEndpoints": bounded(100),
  "Query.webhookDeliveries": { kind: "argument", arguments: ["first"], default: 20, max: 100 },
  "WebhookEndpoint.events": bounded(6),
  /** The URL, the app and at most one per event (six at most, or one INVALID_EVENTS) */
  "CreateWebhookEndpointPayload.userErrors": userErrors,
  "DeleteWebhookEndpointPayload.userErrors": userErrors,
  "RedeliverWebhookPayload.userErrors": userErrors,
  "WebhookUserError.field": bounded(10),
};
