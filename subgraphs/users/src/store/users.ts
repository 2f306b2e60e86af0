import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { isUuid, type Role } from "@shopgraph/kernel";
import {
  newestFirstWindowQuery,
  type EntityManager,
  type NewestFirstPosition,
  type PageWindow,
  type WindowRows,
} from "@shopgraph/subgraph";
import { User } from "../entities/index.js";

export function emailTaken(em: EntityManager, email: string): Promise<boolean> {
  return em.count(User, { email }).then((count) => count > 0);
}

/** The user with this (normalised) email, password hash included, for signing in. */
export function findUserToSignIn(em: EntityManager, email: string): Promise<User | null> {
  return em.findOne(User, { email }, { populate: ["passwordHash"] });
}

/** The user, or null for an unknown or malformed id. */
export function findUser(em: EntityManager, userId: string): Promise<User | null> {
  return isUuid(userId) ? em.findOne(User, userId) : Promise.resolve(null);
}

export function getUser(em: EntityManager, userId: string, options: { withPassword?: boolean } = {}): Promise<User> {
  return em.findOneOrFail(User, userId, options.withPassword ? { populate: ["passwordHash"] } : {});
}

/** The user, its row locked until the transaction ends. */
export function lockUser(em: EntityManager, userId: string): Promise<User> {
  return em.findOneOrFail(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Users by id, for a DataLoader batch; malformed ids find nobody. */
export function findUsersByIds(em: EntityManager, ids: readonly string[]): Promise<User[]> {
  return em.find(User, { id: { $in: ids.filter(isUuid) } });
}

export function addUser(em: EntityManager, data: { email: string; name: string; passwordHash: string; role?: Role }) {
  return em.create(User, data);
}

export interface UserListFilter {
  /** Part of an email or name. */
  query?: string | null;
  role?: Role | null;
}

/**
 * One page window of users newest first (`size + 1` rows at most, in scan order), how many
 * match in all, and whether rows lie beyond the window's cursors.
 */
export async function findUsersPage(
  em: EntityManager,
  filter: UserListFilter,
  window: PageWindow<NewestFirstPosition>,
): Promise<WindowRows<User>> {
  const where: FilterQuery<User>[] = [];
  const query = filter.query?.trim();
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, "\\$&")}%`;
    where.push({ $or: [{ email: { $ilike: pattern } }, { name: { $ilike: pattern } }] });
  }
  if (filter.role) where.push({ role: filter.role });
  const matching: FilterQuery<User> = where.length ? { $and: where } : {};
  const page = newestFirstWindowQuery<User>(window);
  const exists = (beyond: FilterQuery<User> | null) =>
    beyond ? em.count(User, { $and: [matching, beyond] }).then((count) => count > 0) : false;
  const [rows, totalCount, precedes, follows] = await Promise.all([
    em.find(User, { $and: [matching, page.where] }, { orderBy: page.orderBy, limit: page.limit }),
    em.count(User, matching),
    exists(page.precedes),
    exists(page.follows),
  ]);
  return { rows, totalCount, precedes, follows };
}
