/** Who is asking: what every access decision is made about. */
export const Role = { CUSTOMER: "CUSTOMER", ADMIN: "ADMIN" } as const;
export type Role = (typeof Role)[keyof typeof Role];

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; role: Role; sessionId: string }
  | { kind: "service"; service: string };

export const anonymous: Viewer = { kind: "anonymous" };

export function isRole(value: unknown): value is Role {
  return value === Role.CUSTOMER || value === Role.ADMIN;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === "user" && viewer.role === Role.ADMIN;
}
