import { hasScope, isAdmin, PartnerScope, type Viewer } from "@shopgraph/kernel";

/**
 * Who sees the whole catalog (archived products, exact stock): admins, and partner apps that
 * read or manage it. Everyone else sees what is on sale.
 */
export function seesWholeCatalog(viewer: Viewer): boolean {
  return (
    isAdmin(viewer) ||
    hasScope(viewer, PartnerScope.CATALOG_READ) ||
    hasScope(viewer, PartnerScope.CATALOG_WRITE) ||
    hasScope(viewer, PartnerScope.STOCK_WRITE)
  );
}
