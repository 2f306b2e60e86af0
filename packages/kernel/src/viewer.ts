/** Who is asking: what every access decision is made about. */
export const Role = { CUSTOMER: "CUSTOMER", ADMIN: "ADMIN" } as const;
export type Role = (typeof Role)[keyof typeof Role];

/**
 * What a partner app may do, granted per app by an admin (the docs call them catalog:read, ...).
 * An app holds no role: without a scope it reaches nothing but what anonymous callers see.
 */
export const PartnerScope = {
  CATALOG_READ: "CATALOG_READ",
  CATALOG_WRITE: "CATALOG_WRITE",
  STOCK_WRITE: "STOCK_WRITE",
  ORDERS_READ: "ORDERS_READ",
  ORDERS_WRITE: "ORDERS_WRITE",
  CUSTOMERS_READ: "CUSTOMERS_READ",
} as const;
export type PartnerScope = (typeof PartnerScope)[keyof typeof PartnerScope];
export const PARTNER_SCOPES: readonly PartnerScope[] = Object.values(PartnerScope);

export function isPartnerScope(value: unknown): value is PartnerScope {
  return (PARTNER_SCOPES as readonly unknown[]).includes(value);
}

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; role: Role; sessionId: string }
  | { kind: "service"; service: string }
  /** A partner app, from an app access token the gateway got for its API key. */
  | { kind: "app"; appId: string; scopes: readonly PartnerScope[] };

export const anonymous: Viewer = { kind: "anonymous" };

export function isRole(value: unknown): value is Role {
  return value === Role.CUSTOMER || value === Role.ADMIN;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === "user" && viewer.role === Role.ADMIN;
}

export function hasScope(viewer: Viewer, scope: PartnerScope): boolean {
  return viewer.kind === "app" && viewer.scopes.includes(scope);
}

/** An admin, or an app granted `scope`: who may do what the admin pages do in that area. */
export function isAdminOrScoped(viewer: Viewer, scope: PartnerScope): boolean {
  return isAdmin(viewer) || hasScope(viewer, scope);
}
