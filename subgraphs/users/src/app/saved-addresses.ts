import { checkAddress, reject, Rejection, type AddressInput } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { AddressErrorCode } from "../domain/errors.js";
import type { SavedAddress } from "../entities/index.js";
import {
  addSavedAddress,
  clearDefaultShipping,
  countSavedAddresses,
  findOwnAddress,
  findSavedAddresses,
  removeSavedAddress,
} from "../store/saved-addresses.js";
import { lockUser } from "../store/users.js";

/** How many addresses one user may keep (saveAddress answers TOO_MANY_ADDRESSES beyond). */
export const MAX_SAVED_ADDRESSES = 20;

const NOT_FOUND = "You have no saved address with this id";

/** One of the user's addresses by id (`node`, `_entities`); null for anyone else's, as for an unknown id. */
export function visibleSavedAddress(em: EntityManager, userId: string, id: string): Promise<SavedAddress | null> {
  return findOwnAddress(em, userId, id);
}

/** The user's own addresses, oldest first. */
export function listSavedAddresses(em: EntityManager, userId: string): Promise<SavedAddress[]> {
  return findSavedAddresses(em, userId);
}

export interface SaveAddressInput extends AddressInput {
  /** Given: that address of the user is replaced; omitted: a new one. */
  id?: string | null;
  /** true: this is the default (no other is); false: it is not; omitted: a first address is, else unchanged. */
  defaultShipping?: boolean | null;
}

/**
 * Creates or replaces one of the user's addresses, checked as checkout checks a shipping
 * address. Another user's id is ADDRESS_NOT_FOUND, as an unknown one. The user's row lock orders
 * saves of one user, so the cap holds and the one default moves without a unique violation.
 */
export async function saveAddress(em: EntityManager, userId: string, input: SaveAddressInput): Promise<SavedAddress> {
  const checked = checkAddress(input, ["input"]);
  if (!checked.ok) throw new Rejection<AddressErrorCode>(checked.problems);
  const address = checked.value;
  return em.transactional(async (tx) => {
    const user = await lockUser(tx, userId);
    let saved: SavedAddress;
    if (input.id != null) {
      const existing = await findOwnAddress(tx, userId, input.id);
      if (!existing) reject<AddressErrorCode>("ADDRESS_NOT_FOUND", NOT_FOUND, "id");
      saved = Object.assign(existing, address);
    } else {
      const count = await countSavedAddresses(tx, userId);
      if (count >= MAX_SAVED_ADDRESSES) {
        reject<AddressErrorCode>(
          "TOO_MANY_ADDRESSES",
          `You can keep at most ${MAX_SAVED_ADDRESSES} addresses; delete one first`,
        );
      }
      saved = addSavedAddress(tx, user, address);
      if (input.defaultShipping == null && count === 0) saved.defaultShipping = true;
    }
    if (input.defaultShipping === true) {
      await clearDefaultShipping(tx, userId, saved.id);
      saved.defaultShipping = true;
    } else if (input.defaultShipping === false) {
      saved.defaultShipping = false;
    }
    await tx.flush();
    return saved;
  });
}

/** Deletes one of the user's addresses (no other becomes the default); the deleted id. */
export async function deleteAddress(em: EntityManager, userId: string, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const existing = await findOwnAddress(tx, userId, id);
    if (!existing) reject<AddressErrorCode>("ADDRESS_NOT_FOUND", NOT_FOUND, ["id"]);
    removeSavedAddress(tx, existing);
    await tx.flush();
    return existing.id;
  });
}
