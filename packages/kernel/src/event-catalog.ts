/**
 * The events that cross service boundaries: routing key -> payload. Producers and consumers both
 * type-check against this one table.
 */
export interface AddressData {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderLineData {
  variantId: string;
  /** Added later than the rest: absent from older events. */
  productId?: string | null;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface OrderData {
  orderId: string;
  number: string;
  /** The customer's id; null for a guest's order (see `guestEmail`) until a verified account claims it. */
  userId: string | null;
  status: string;
  currency: string;
  subtotalCents: number;
  totalCents: number;
  lines: OrderLineData[];
  shippingAddress: AddressData;
  placedAt: string;
  // Added later than the rest, for live order updates built from the event alone; older events lack them.
  /** The order's last change: `transition.at` in `order.status_changed`, `placedAt` in `order.placed`. */
  updatedAt?: string;
  paidAt?: string | null;
  /** When the order is cancelled if still unpaid. */
  expiresAt?: string;
  /** Added with guest checkout: the address a guest ordered with; null (or absent) for a customer's order. */
  guestEmail?: string | null;
}

/** How an order was shipped, when the admin who shipped it said. */
export interface ShipmentData {
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
}

export interface RefundData {
  id: string;
  amountCents: number;
  currency: string;
}

/** Why a user's access tokens were revoked (`user.sessions_revoked`). */
export const SessionRevocationReason = {
  LOGOUT: "LOGOUT",
  LOGOUT_EVERYWHERE: "LOGOUT_EVERYWHERE",
  PASSWORD_CHANGED: "PASSWORD_CHANGED",
  REFRESH_TOKEN_REUSED: "REFRESH_TOKEN_REUSED",
  ROLE_CHANGED: "ROLE_CHANGED",
  DISABLED: "DISABLED",
  /** The password was reset with a mailed link: whoever held a session may have known the old one. */
  PASSWORD_RESET: "PASSWORD_RESET",
} as const;
export type SessionRevocationReason = (typeof SessionRevocationReason)[keyof typeof SessionRevocationReason];

/** Why a partner app's access tokens were revoked (`partner_app.access_revoked`). */
export const AppAccessRevocationReason = {
  KEY_REVOKED: "KEY_REVOKED",
  DISABLED: "DISABLED",
  DELETED: "DELETED",
  /**
   * The app's safelist changed (an operation registered or deleted, `safelistedOnly` set or
   * cleared): its tokens are renewed so that every gateway reloads what the app may run.
   */
  OPERATIONS_CHANGED: "OPERATIONS_CHANGED",
} as const;
export type AppAccessRevocationReason = (typeof AppAccessRevocationReason)[keyof typeof AppAccessRevocationReason];

/** Why a variant's stock changed (`stock.changed`). */
export const StockChangeReason = {
  ADJUSTMENT: "ADJUSTMENT",
  RESERVATION: "RESERVATION",
  RELEASE: "RELEASE",
} as const;
export type StockChangeReason = (typeof StockChangeReason)[keyof typeof StockChangeReason];

/** One variant's stock before and after a `stock.changed`. */
export interface StockLevelData {
  variantId: string;
  productId: string;
  stock: number;
  previousStock: number;
}

/**
 * A single-use account token (a password reset, an address to verify) as it travels to the mail
 * that carries it: sealed (AES-256-GCM, platform's sealed-token.ts) with a key only users and
 * notifications hold, so the outbox, the broker, the notification row and logs never see it.
 */
export type SealedToken = string;

export interface EventCatalog {
  "user.registered": { userId: string; email: string; name: string };
  "user.updated": { userId: string; email: string; name: string };
  /** Access tokens of the user whose `sv` claim is below `sessionVersion` are no longer valid. */
  "user.sessions_revoked": { userId: string; sessionVersion: number; reason: SessionRevocationReason };
  /**
   * Someone asked to reset the password of this account (only ever for an account that exists and
   * is enabled): mail `email` a link carrying the token, good until `expiresAt`.
   */
  "user.password_reset_requested": {
    userId: string;
    email: string;
    name: string;
    sealedToken: SealedToken;
    expiresAt: string;
  };
  /**
   * `email` is to be verified with the token (until `expiresAt`). `previousEmail` is null for the
   * account's own address (a new account, a new link), and the current address when the user asked
   * to change it to `email`: that address is told, and the change happens only once the link is used.
   */
  "user.email_verification_requested": {
    userId: string;
    email: string;
    name: string;
    previousEmail: string | null;
    sealedToken: SealedToken;
    expiresAt: string;
  };
  /**
   * The user proved they receive mail at `email` (they used a verification link, or a reset link
   * while the address was not verified yet; the account's address is now `email`, verified).
   * Orders claims the guest orders placed with that address.
   */
  "user.email_verified": { userId: string; email: string };
  /**
   * A partner app was created, renamed, disabled or enabled, or deleted (`deleted: true`, its last
   * event). `appId` is the raw UUID.
   */
  "partner_app.changed": { appId: string; name: string; disabled: boolean; deleted: boolean };
  /**
   * App access tokens of the app whose `sv` claim is below `accessVersion` are no longer valid: a
   * key was revoked, or the app was disabled or deleted. The gateway exchanges a key that still
   * works for a new token.
   */
  "partner_app.access_revoked": { appId: string; accessVersion: number; reason: AppAccessRevocationReason };
  "order.placed": OrderData;
  "order.status_changed": OrderData & {
    transition: { from: string; to: string; at: string; by: string | null; reason: string | null };
    /** Added later: absent from older events; null while the order has no shipment. */
    shipment?: ShipmentData | null;
  };
  /** A cancelled paid order's money went back to the shopper (the provider confirmed it). */
  "order.refunded": {
    orderId: string;
    number: string;
    /** Null for a guest's order (see `guestEmail`). */
    userId: string | null;
    refund: RefundData;
    /** Added with guest checkout: the guest's address; null (or absent) for a customer's order. */
    guestEmail?: string | null;
  };
  /**
   * A product was created, changed or archived (what shoppers see of it may differ): its variants
   * and the categories it left or joined, so readers of any of them can refresh.
   */
  "product.changed": { productId: string; variantIds: string[]; categoryIds: string[] };
  /** A variant was added or changed (sku, options, price, currency); stock has its own event. */
  "variant.changed": { variantId: string; productId: string };
  /** Stock of these variants changed in one transaction: an adjustment, an order's reservation or release. */
  "stock.changed": { reason: StockChangeReason; orderId: string | null; variants: StockLevelData[] };
}

export type EventType = keyof EventCatalog;
export const EVENT_TYPES = [
  "user.registered",
  "user.updated",
  "user.sessions_revoked",
  "user.password_reset_requested",
  "user.email_verification_requested",
  "user.email_verified",
  "partner_app.changed",
  "partner_app.access_revoked",
  "order.placed",
  "order.status_changed",
  "order.refunded",
  "product.changed",
  "variant.changed",
  "stock.changed",
] as const;

/** The service that produces each event: only its AMQP user may publish it (see publishers.ts). */
export const EVENT_PRODUCERS: { readonly [T in EventType]: string } = {
  "user.registered": "users",
  "user.updated": "users",
  "user.sessions_revoked": "users",
  "user.password_reset_requested": "users",
  "user.email_verification_requested": "users",
  "user.email_verified": "users",
  "partner_app.changed": "users",
  "partner_app.access_revoked": "users",
  "order.placed": "orders",
  "order.status_changed": "orders",
  "order.refunded": "orders",
  "product.changed": "products",
  "variant.changed": "products",
  "stock.changed": "products",
};

/** What travels on the wire: JSON, persistent, routing key = `type`. */
export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  correlationId: string | null;
  /**
   * The W3C trace context (`traceparent`, `tracestate`) of the work that recorded the event, when
   * it was traced: the relay's publish span continues it. Absent when tracing is off.
   */
  traceContext?: Record<string, string>;
  data: EventCatalog[T];
}

export type AnyEventEnvelope = { [T in EventType]: EventEnvelope<T> }[EventType];

/** Shape check for what arrives from the broker; anything else is a poison message. */
export function parseEnvelope(content: Buffer): AnyEventEnvelope | null {
  let value: unknown;
  try {
    value = JSON.parse(content.toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { id, type, occurredAt, data } = value as Record<string, unknown>;
  const valid =
    typeof id === "string" &&
    typeof occurredAt === "string" &&
    (EVENT_TYPES as readonly unknown[]).includes(type) &&
    typeof data === "object" &&
    data !== null;
  return valid ? (value as AnyEventEnvelope) : null;
}
