import { StockChangeReason, type StockLevelData } from "@shopgraph/kernel";
import { recordEvent } from "@shopgraph/messaging";
import { type EntityManager } from "@shopgraph/subgraph";
import { ProductVariant } from "../entities/index.js";

// Outbox rows, written in the same transaction as the change they announce: readers that keep
// copies of the catalog (the gateway's response cache) drop them when these arrive.

/** Written by the caller's flush. `categoryIds`: the category it is in, and the one it left if it moved. */
export async function recordProductChanged(
  em: EntityManager,
  productId: string,
  categoryIds: readonly string[],
): Promise<void> {
  const variants = await em.find(ProductVariant, { product: productId }, { fields: ["id"] });
  recordEvent(em, "product.changed", productId, {
    productId,
    variantIds: variants.map((variant) => variant.id),
    categoryIds: [...new Set(categoryIds)],
  });
}

/** Written by the caller's flush. */
export function recordVariantChanged(em: EntityManager, variantId: string, productId: string): void {
  recordEvent(em, "variant.changed", variantId, { variantId, productId });
}

/** Written by the caller's flush (an adjustment, which flushes its ledger row anyway). */
export function recordStockAdjusted(em: EntityManager, level: StockLevelData): void {
  recordEvent(em, "stock.changed", level.variantId, {
    reason: StockChangeReason.ADJUSTMENT,
    orderId: null,
    variants: [level],
  });
}
