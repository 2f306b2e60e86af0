import type { EntityManager, NewestFirstPosition, PageWindow, WindowRows } from "@shopgraph/subgraph";
import type { PartnerApp } from "../entities/index.js";
import { findAppsPage } from "../store/partner-apps.js";

/** ADMIN: partner apps newest first, the rows of one page window, and how many there are. */
export function listPartnerApps(
  em: EntityManager,
  window: PageWindow<NewestFirstPosition>,
): Promise<WindowRows<PartnerApp>> {
  return findAppsPage(em, window);
}
