import { ProductsUnavailableError, type Products } from "../../src/adapters/products-client.js";

export type ProductsFault = "lose-answer" | "fail-call";

/**
 * The real products client with faults a test can arm for the next stock call: `fail-call` fails
 * before products sees it (products was down), `lose-answer` lets products do the work and then
 * loses the answer (products crashed after its commit, or the connection dropped): the outcome
 * orders must handle without knowing what happened.
 */
export class FaultyProducts implements Products {
  private armed: ProductsFault | null = null;
  /** Faults that fired, so a run can tell which of its faults were exercised. */
  fired = 0;

  constructor(private readonly real: Products) {}

  arm(fault: ProductsFault | null): void {
    this.armed = fault;
  }

  variants(ids: readonly string[]) {
    return this.real.variants(ids);
  }

  reserveStock(orderId: string, lines: readonly { variantId: string; quantity: number }[]) {
    return this.withFault(() => this.real.reserveStock(orderId, lines));
  }

  catalogIds(productIds: readonly string[], categoryIds: readonly string[]) {
    return this.real.catalogIds(productIds, categoryIds);
  }

  releaseStock(orderId: string) {
    return this.withFault(() => this.real.releaseStock(orderId));
  }

  private async withFault<T>(call: () => Promise<T>): Promise<T> {
    const fault = this.armed;
    this.armed = null;
    if (fault === "fail-call") {
      this.fired += 1;
      throw new ProductsUnavailableError("injected: products is down");
    }
    const result = await call();
    if (fault === "lose-answer") {
      this.fired += 1;
      throw new ProductsUnavailableError("injected: the answer was lost after products committed");
    }
    return result;
  }
}
