import { type SessionRevocationReason } from "@shopgraph/kernel";
import { recordEvent } from "@shopgraph/messaging";
import { type EntityManager } from "@shopgraph/subgraph";
import type { User } from "../entities/index.js";

// Outbox rows, written by the caller's flush in the same transaction as the change they announce.

export function recordUserRegistered(em: EntityManager, user: User): void {
  recordEvent(em, "user.registered", user.id, { userId: user.id, email: user.email, name: user.name });
}

export function recordUserUpdated(em: EntityManager, user: User): void {
  recordEvent(em, "user.updated", user.id, { userId: user.id, email: user.email, name: user.name });
}

export function recordPasswordResetRequested(
  em: EntityManager,
  data: { userId: string; email: string; name: string; sealedToken: string; expiresAt: Date },
): void {
  recordEvent(em, "user.password_reset_requested", data.userId, { ...data, expiresAt: data.expiresAt.toISOString() });
}

export function recordEmailVerificationRequested(
  em: EntityManager,
  data: {
    userId: string;
    email: string;
    name: string;
    previousEmail: string | null;
    sealedToken: string;
    expiresAt: Date;
  },
): void {
  recordEvent(em, "user.email_verification_requested", data.userId, {
    ...data,
    expiresAt: data.expiresAt.toISOString(),
  });
}

/** The user proved `email` is theirs: orders claims the guest orders placed with it. */
export function recordEmailVerified(em: EntityManager, user: User): void {
  recordEvent(em, "user.email_verified", user.id, { userId: user.id, email: user.email });
}

export function recordSessionsRevoked(
  em: EntityManager,
  userId: string,
  sessionVersion: number,
  reason: SessionRevocationReason,
): void {
  recordEvent(em, "user.sessions_revoked", userId, { userId, sessionVersion, reason });
}
