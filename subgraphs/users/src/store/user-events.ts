import { recordEvent, type EntityManager, type SessionRevocationReason } from "@shopgraph/common";
import type { User } from "../entities/index.js";

// Outbox rows, written by the caller's flush in the same transaction as the change they announce.

export function recordUserRegistered(em: EntityManager, user: User): void {
  recordEvent(em, "user.registered", user.id, { userId: user.id, email: user.email, name: user.name });
}

export function recordUserUpdated(em: EntityManager, user: User): void {
  recordEvent(em, "user.updated", user.id, { userId: user.id, email: user.email, name: user.name });
}

export function recordSessionsRevoked(
  em: EntityManager,
  userId: string,
  sessionVersion: number,
  reason: SessionRevocationReason,
): void {
  recordEvent(em, "user.sessions_revoked", userId, { userId, sessionVersion, reason });
}
