import type { EntityManager, NewestFirstPosition, PageWindow, WindowRows } from "@shopgraph/subgraph";
import type { User } from "../entities/index.js";
import { findUsersPage, type UserListFilter } from "../store/users.js";

/** ADMIN: accounts newest first, the rows of one page window, and how many match. */
export function listUsers(
  em: EntityManager,
  filter: UserListFilter,
  window: PageWindow<NewestFirstPosition>,
): Promise<WindowRows<User>> {
  return findUsersPage(em, filter, window);
}
