const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can name no row and must not reach SQL as a uuid. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}

/**
 * The types a client can fetch by id alone with `node(id:)`: every object with a row of its own
 * and a random or stable UUID (an order's payments and refunds included: whoever may see the
 * order may see them). The rest of an order (its lines, status changes, shipment) is reached
 * through the order and keeps a plain UUID as its id.
 */
export const NODE_TYPES = [
  "User",
  "Product",
  "ProductVariant",
  "Category",
  "Order",
  "Cart",
  "CartLine",
  "Notification",
  "Payment",
  "Refund",
  "ShippingZone",
  "ShippingMethod",
  "Promotion",
  "TaxRate",
  "SavedAddress",
  "PartnerApp",
  "ApiKey",
  "WebhookEndpoint",
  "WebhookDelivery",
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === "string" && NODE_TYPE_SET.has(value);
}

/**
 * A global id: `<Type>_<the row's UUID as 16 bytes in unpadded base64url>`, e.g.
 * `Order_AZBdr5l2cxKkEp3pcXH6Yw`. URL-safe, 22 characters after the type, and it names its type,
 * so `node(id:)` needs no lookup to know where to ask. Clients treat it as opaque.
 */
const GLOBAL_ID_PATTERN = /^([A-Za-z]+)_([A-Za-z0-9_-]{21}[AQgw])$/;

/** The longest global id (the longest type name plus 23 characters); longer input is malformed. */
export const MAX_ID_LENGTH = Math.max(...NODE_TYPES.map((type) => type.length)) + 23;

export function toGlobalId(type: NodeType, uuid: string): string {
  return `${type}_${Buffer.from(uuid.replaceAll("-", ""), "hex").toString("base64url")}`;
}

/** The type and UUID a global id names; undefined for anything else (a raw UUID included). */
export function fromGlobalId(id: unknown): { type: NodeType; uuid: string } | undefined {
  if (typeof id !== "string" || id.length > MAX_ID_LENGTH) return undefined;
  const match = GLOBAL_ID_PATTERN.exec(id);
  if (!match || !isNodeType(match[1])) return undefined;
  const hex = Buffer.from(match[2]!, "base64url").toString("hex");
  if (hex.length !== 32) return undefined;
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { type: match[1], uuid };
}

/** An id an argument may hold: a raw UUID (as before global ids) or a global id of any type. */
export function isId(value: unknown): value is string {
  return isUuid(value) || fromGlobalId(value) !== undefined;
}

/**
 * The row's UUID (lower case) that `id` names as a `type`: from a raw UUID, or from a global id
 * of that type. A global id of another type, or anything malformed, names nothing: undefined.
 */
export function uuidOf(id: unknown, type: NodeType): string | undefined {
  if (isUuid(id)) return id.toLowerCase();
  const global = fromGlobalId(id);
  return global?.type === type ? global.uuid : undefined;
}

/** `value` as the global id of a `type`: a raw UUID is encoded, a global id of that type kept. */
export function globalIdOf(type: NodeType, value: string): string {
  return isUuid(value) ? toGlobalId(type, value.toLowerCase()) : value;
}
