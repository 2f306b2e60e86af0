import type { EntityManager } from "@shopgraph/common";
import type { User } from "../entities/index.js";
import { findUsersPage, type UserListFilter } from "../store/users.js";

/** ADMIN: accounts newest first, `limit` of them after the cursor `after`, and how many match. */
export function listUsers(
  em: EntityManager,
  filter: UserListFilter,
  page: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<{ rows: User[]; totalCount: number }> {
  return findUsersPage(em, filter, page);
}
