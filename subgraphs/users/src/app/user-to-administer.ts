import { reject, type EntityManager } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import { findUser } from "../store/users.js";

/** The user an admin operation names by `userId`; USER_NOT_FOUND when there is none. */
export async function userToAdminister(em: EntityManager, userId: string): Promise<User> {
  const user = await findUser(em, userId);
  if (!user) reject<AccountErrorCode>("USER_NOT_FOUND", "No user has this id", ["userId"]);
  return user;
}
