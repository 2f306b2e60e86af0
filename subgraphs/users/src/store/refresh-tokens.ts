import type { EntityManager } from "@shopgraph/common";
import { RefreshToken, type User } from "../entities/index.js";

/** Persisted with the caller's flush. */
export function addRefreshToken(
  em: EntityManager,
  data: { user: User; familyId: string; tokenHash: string; expiresAt: Date },
): RefreshToken {
  return em.create(RefreshToken, data);
}

export function findRefreshToken(
  em: EntityManager,
  tokenHash: string,
  options: { unrevoked?: boolean } = {},
): Promise<RefreshToken | null> {
  return em.findOne(RefreshToken, options.unrevoked ? { tokenHash, revokedAt: null } : { tokenHash });
}

/**
 * Marks the token exchanged, if nobody did yet: of two requests racing with one token, the one
 * whose update changed the row wins.
 */
export async function claimRefreshToken(em: EntityManager, id: string): Promise<boolean> {
  const claimed = await em.nativeUpdate(
    RefreshToken,
    { id, rotatedAt: null, revokedAt: null },
    { rotatedAt: new Date() },
  );
  return claimed > 0;
}

/** Revokes every token of one session. */
export function revokeFamily(em: EntityManager, familyId: string): Promise<number> {
  return em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

/** Revokes every refresh token of the user. */
export function revokeRefreshTokens(em: EntityManager, userId: string): Promise<number> {
  return em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

/** Revokes every refresh token of the user except those of the session `keepFamilyId`. */
export function revokeOtherFamilies(em: EntityManager, user: User, keepFamilyId: string): Promise<number> {
  return em.nativeUpdate(
    RefreshToken,
    { user, familyId: { $ne: keepFamilyId }, revokedAt: null },
    { revokedAt: new Date() },
  );
}
