import { Rejection, RESERVE_STOCK_ENDPOINT, type ReserveStockAnswer, type StockLine } from "@shopgraph/kernel";
import { HttpError } from "@shopgraph/platform";
import type { InternalEndpoint } from "@shopgraph/subgraph";
import { reserveStock } from "../app/stock.js";
import { StockErrorCode } from "../domain/errors.js";

const CODES = new Set<string>(Object.values(StockErrorCode));

/** `{ orderId, lines: [{ variantId, quantity }] }` with the right types; what the use case checks is left to it. */
function requestOf(body: unknown): { orderId: string; lines: StockLine[] } {
  const request = body as { orderId?: unknown; lines?: unknown } | null;
  const lines = request?.lines;
  if (
    typeof request?.orderId !== "string" ||
    !Array.isArray(lines) ||
    !lines.every(
      (line: { variantId?: unknown; quantity?: unknown } | null) =>
        typeof line?.variantId === "string" && Number.isInteger(line.quantity),
    )
  ) {
    throw new HttpError(400, "BAD_REQUEST", "Send { orderId, lines: [{ variantId, quantity }] }");
  }
  return { orderId: request.orderId, lines: lines as StockLine[] };
}

/**
 * Orders' stock reservation without GraphQL (decision 0017): the `reserveStock` mutation's use
 * case, its refusals as userErrors of the same codes.
 */
export const reserveStockEndpoint: InternalEndpoint = {
  name: RESERVE_STOCK_ENDPOINT,
  callers: ["orders"],
  async handle(body, { em, service }): Promise<ReserveStockAnswer> {
    const { orderId, lines } = requestOf(body);
    try {
      const reservation = await reserveStock(em, `service:${service}`, orderId, lines);
      return { lines: reservation.lines };
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      const stray = error.problems.find((found) => !CODES.has(found.code));
      if (stray) throw new Error(`Error code ${stray.code} is not a StockErrorCode`, { cause: error });
      return { userErrors: [...error.problems] };
    }
  },
};
