import DataLoader from "dataloader";
import type { EntityManager, Page } from "@shopgraph/subgraph";
import {
  unreadNotificationCounts,
  userNotificationPages,
  type UserNotificationsArgs,
} from "../app/user-notifications.js";
import type { Notification } from "../entities/index.js";

/** One DataLoader per distinct page arguments in a request. */
export function userPagesLoader(em: EntityManager) {
  const loaders = new Map<string, DataLoader<string, Page<Notification>>>();
  return (args: UserNotificationsArgs): DataLoader<string, Page<Notification>> => {
    const key = JSON.stringify([
      args.first ?? null,
      args.after ?? null,
      args.last ?? null,
      args.before ?? null,
      args.unreadOnly,
    ]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((userIds) => userNotificationPages(em, userIds, args));
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function unreadCountLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader((userIds) => unreadNotificationCounts(em, userIds));
}
