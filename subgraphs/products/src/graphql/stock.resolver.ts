import { money, TaxCategory } from "@shopgraph/kernel";
import { NodeId, serviceRole, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { releaseStock, reserveStock } from "../app/stock.js";
import { StockErrorCode } from "../domain/errors.js";
import type { Reservation } from "../domain/stock-rules.js";
import { actorOf } from "./actor.js";
import type { ProductsContext } from "./context.js";
import { ReserveStockArgs } from "./args.js";
import { StockReservationPayload, type ReservedStockLineType } from "./types.js";

function toPayload(reservation: Reservation): Omit<StockReservationPayload, "userErrors"> {
  return {
    orderId: reservation.orderId,
    alreadyReserved: reservation.alreadyReserved,
    lines: reservation.lines.map((line): ReservedStockLineType => ({
      variantId: line.variantId,
      productId: line.productId,
      productName: line.productName,
      variantTitle: line.variantTitle,
      sku: line.sku,
      unitPrice: money(line.unitPriceCents, line.currency),
      quantity: line.quantity,
      weightGrams: line.weightGrams ?? null,
      taxCategory: line.taxCategory ?? TaxCategory.STANDARD,
      categoryId: line.categoryId ?? null,
    })),
  };
}

/** Internal to the supergraph: the orders subgraph calls these with its service token (no other service may). */
@Resolver()
export class StockResolver {
  @Authorized(serviceRole("orders"))
  @Directive("@inaccessible")
  @Mutation(() => StockReservationPayload, {
    description:
      "SERVICE: reserves every line or none (OUT_OF_STOCK, VARIANT_NOT_FOUND, VARIANT_UNAVAILABLE, INVALID_QUANTITY " +
      "at lines.<index>); repeating it for an order returns the first reservation and reserves nothing more",
  })
  async reserveStock(
    @Args() { orderId, lines }: ReserveStockArgs,
    @Ctx() { em, viewer }: ProductsContext,
  ): Promise<StockReservationPayload> {
    const result = await withUserErrors(StockErrorCode, async () =>
      toPayload(await reserveStock(em, actorOf(viewer), orderId, lines)),
    );
    return { orderId, lines: [], alreadyReserved: false, ...result };
  }

  @Authorized(serviceRole("orders"))
  @Directive("@inaccessible")
  @Mutation(() => Boolean, {
    description: "SERVICE: gives an order's reserved stock back, once; true when this call released something",
  })
  releaseStock(
    @Arg("orderId", () => ID, { description: "The order whose reservation to release" })
    @NodeId("Order")
    orderId: string,
    @Ctx() { em, viewer }: ProductsContext,
  ): Promise<boolean> {
    return releaseStock(em, actorOf(viewer), orderId);
  }
}
