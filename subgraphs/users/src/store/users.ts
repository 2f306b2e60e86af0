import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { isUuid, type EntityManager, type Role } from "@shopgraph/common";
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
 * One page of users newest first (`limit` rows after `after`) and how many match in all. The
 * caller asks for one row more than it shows, to know whether there is a next page.
 */
export async function findUsersPage(
  em: EntityManager,
  filter: UserListFilter,
  page: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<{ rows: User[]; totalCount: number }> {
  const where: FilterQuery<User>[] = [];
  const query = filter.query?.trim();
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, "\\$&")}%`;
    where.push({ $or: [{ email: { $ilike: pattern } }, { name: { $ilike: pattern } }] });
  }
  if (filter.role) where.push({ role: filter.role });
  const matching: FilterQuery<User> = where.length ? { $and: where } : {};
  const paged: FilterQuery<User>[] = [matching];
  if (page.after) {
    const { createdAt, id } = page.after;
    paged.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
  }
  const [rows, totalCount] = await Promise.all([
    em.find(User, { $and: paged }, { orderBy: { createdAt: "desc", id: "desc" }, limit: page.limit }),
    em.count(User, matching),
  ]);
  return { rows, totalCount };
}
