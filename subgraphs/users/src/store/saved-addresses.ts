import { isUuid, type AddressData } from "@shopgraph/kernel";
import type { EntityManager } from "@shopgraph/subgraph";
import { SavedAddress, type User } from "../entities/index.js";

/** The user's addresses, oldest first (the order they were saved in). */
export function findSavedAddresses(em: EntityManager, userId: string): Promise<SavedAddress[]> {
  return em.find(SavedAddress, { user: userId }, { orderBy: { createdAt: "asc", id: "asc" } });
}

/** The user's address of this id; null for another user's, an unknown or a malformed id alike. */
export function findOwnAddress(em: EntityManager, userId: string, id: string): Promise<SavedAddress | null> {
  return isUuid(id) ? em.findOne(SavedAddress, { id, user: userId }) : Promise.resolve(null);
}

export function countSavedAddresses(em: EntityManager, userId: string): Promise<number> {
  return em.count(SavedAddress, { user: userId });
}

/** Persisted with the caller's flush. */
export function addSavedAddress(em: EntityManager, user: User, address: AddressData): SavedAddress {
  return em.create(SavedAddress, { user, ...address });
}

/**
 * No address of the user but `exceptId` is the default any more. Written at once, so the unique
 * index (one default per user) holds when the caller's flush sets the new one.
 */
export function clearDefaultShipping(em: EntityManager, userId: string, exceptId: string): Promise<number> {
  return em.nativeUpdate(
    SavedAddress,
    { user: userId, defaultShipping: true, id: { $ne: exceptId } },
    { defaultShipping: false },
  );
}

export function removeSavedAddress(em: EntityManager, address: SavedAddress): void {
  em.remove(address);
}
