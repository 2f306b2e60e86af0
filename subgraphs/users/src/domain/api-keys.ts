import { createHash, randomBytes } from "node:crypto";

/** What every key starts with: grep-able in logs and by secret scanners, and says what it is. */
export const API_KEY_PREFIX = "sg_live_";
/** 32 random bytes, base64url: 43 characters after the prefix. */
const KEY_PATTERN = /^sg_live_[A-Za-z0-9_-]{43}$/;
/** How much of the random part the public prefix shows: 8 of 43 characters, 48 of 256 bits. */
const SHOWN_CHARACTERS = 8;

export interface NewApiKey {
  /** The key itself: handed to the admin once and stored nowhere. */
  key: string;
  prefix: string;
  hash: string;
}

/**
 * Keys are hashed with one SHA-256, not a slow password hash: a key is 256 random bits from the
 * CSPRNG, so there is no dictionary to try and a fast hash leaves nothing to brute-force, while
 * every request's exchange stays one indexed lookup. (Passwords, chosen by people, get scrypt.)
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function newApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: apiKeyPrefix(key), hash: hashApiKey(key) };
}

/** The part of a key that may be shown and logged. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + SHOWN_CHARACTERS);
}

/** Whether `value` has the shape of a key we made (anything else is refused without a lookup). */
export function isWellFormedApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** Most unrevoked keys an app may hold at once: rotation needs two, a few more is plenty. */
export const MAX_ACTIVE_KEYS = 5;
/** Longest overlap a rotation may leave the old keys: a week. */
export const MAX_OVERLAP_SECONDS = 7 * 86_400;
/** `PartnerApp.apiKeys` lists an app's newest keys, revoked ones included, up to this many. */
export const MAX_LISTED_KEYS = 50;
