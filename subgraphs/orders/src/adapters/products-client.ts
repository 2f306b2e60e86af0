import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import {
  RESERVE_STOCK_ENDPOINT,
  uuidOf,
  type ReservedLine,
  type ReserveStockAnswer,
  type StockLine,
  type TaxCategory,
} from "@shopgraph/kernel";
import { currentRequestId, REQUEST_ID_HEADER, requestPath, signatureHeaders } from "@shopgraph/platform";
import { signServiceToken, type TokenKeys } from "@shopgraph/subgraph";
import type { VariantOffer } from "../domain/cart-rules.js";

/** A reserved line with what products says was sold: the order's snapshot (products' own shape). */
export type { ReservedLine } from "@shopgraph/kernel";

export interface ProductsProblem {
  code: string;
  message: string;
  field: string[] | null;
}

export type ReserveOutcome = { ok: true; lines: ReservedLine[] } | { ok: false; problems: ProductsProblem[] };

/** Products did not answer, or answered with something other than a result: the outcome is unknown. */
export class ProductsUnavailableError extends Error {
  override name = "ProductsUnavailableError";
}

/** The calls the orders subgraph makes to products; tests and the checkout depend on this shape. */
export interface Products {
  variants(ids: readonly string[]): Promise<VariantOffer[]>;
  reserveStock(orderId: string, lines: readonly StockLine[]): Promise<ReserveOutcome>;
  /** True when this call gave stock back; false when there was nothing (left) to release. */
  releaseStock(orderId: string): Promise<boolean>;
  /** Which of these products and categories (raw UUIDs) exist: what a promotion's scope may name. */
  catalogIds(productIds: readonly string[], categoryIds: readonly string[]): Promise<CatalogIds>;
}

/** The products and categories products knows of, among those asked about (raw UUIDs). */
export interface CatalogIds {
  productIds: Set<string>;
  categoryIds: Set<string>;
}

const VARIANTS = `query OrdersVariants($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ProductVariant {
      id stock available price { amountCents currency } weightGrams taxCategory product { id category { id } }
    }
  }
}`;

const RESERVE = `mutation OrdersReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {
  reserveStock(orderId: $orderId, lines: $lines) {
    lines {
      variantId productId productName variantTitle sku quantity unitPrice { amountCents currency } weightGrams taxCategory
      categoryId
    }
    userErrors { code message field }
  }
}`;

const CATALOG_IDS = `query OrdersCatalogIds($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Product { id }
    ... on Category { id }
  }
}`;

const RELEASE = `mutation OrdersReleaseStock($orderId: ID!) { releaseStock(orderId: $orderId) }`;

interface VariantEntity {
  id: string;
  stock: number;
  available: boolean;
  price: { amountCents: number; currency: string };
  weightGrams: number | null;
  taxCategory: TaxCategory;
  product: { id: string; category: { id: string } };
}

interface ReservePayload {
  lines: Array<
    Omit<ReservedLine, "unitPriceCents" | "currency"> & { unitPrice: { amountCents: number; currency: string } }
  >;
  userErrors: ProductsProblem[];
}

/** A service token lives 5 minutes; a new one is signed well before the old one expires. */
const TOKEN_REFRESH_MS = 60_000;

/**
 * Talks to the products subgraph directly at its routing URL with the orders service token: the
 * internal mutations are `@inaccessible`, so they exist only there, never behind the gateway.
 * Each request is signed as the gateway signs its own, or products would not answer it.
 */
export class ProductsClient implements Products {
  private token: { value: string; signedAt: number } | undefined;
  private readonly path: string;
  /** Products' reservation endpoint beside its GraphQL one (decision 0017). */
  private readonly reserveUrl: string;
  private readonly https: boolean;
  /** Connections kept open between calls (a checkout makes one call): node's HTTP client, lighter than fetch. */
  private readonly agent: HttpAgent;

  constructor(
    private readonly url: string,
    private readonly keys: TokenKeys,
    private readonly signingSecret: string,
    private readonly timeoutMs: number,
  ) {
    this.path = requestPath(url);
    this.reserveUrl = new URL(`/internal/${RESERVE_STOCK_ENDPOINT}`, url).toString();
    this.https = new URL(url).protocol === "https:";
    // An idle connection is dropped before the server's keep-alive timeout (its `Keep-Alive:
    // timeout=5` hint less a second, which node applies only under an agent timeout of its own).
    const agentOptions = { keepAlive: true, timeout: IDLE_CONNECTION_MS };
    this.agent = this.https ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  }

  async variants(ids: readonly string[]): Promise<VariantOffer[]> {
    if (ids.length === 0) return [];
    const representations = ids.map((id) => ({ __typename: "ProductVariant", id }));
    const data = await this.request<{ _entities: Array<VariantEntity | null> }>(VARIANTS, { representations });
    return data._entities
      .filter((variant): variant is VariantEntity => variant !== null)
      .map((variant) => ({
        // Products answers with the variant's global id; orders keeps raw UUIDs.
        id: uuidOf(variant.id, "ProductVariant") ?? variant.id,
        stock: variant.stock,
        available: variant.available,
        priceCents: variant.price.amountCents,
        currency: variant.price.currency,
        weightGrams: variant.weightGrams,
        taxCategory: variant.taxCategory,
        productId: uuidOf(variant.product.id, "Product") ?? variant.product.id,
        categoryId: uuidOf(variant.product.category.id, "Category") ?? variant.product.category.id,
      }));
  }

  /**
   * Through products' internal endpoint, no GraphQL on either side (the checkout's hot path); a
   * products that does not serve it yet (404, mid rolling update) is asked the mutation instead.
   */
  async reserveStock(orderId: string, lines: readonly StockLine[]): Promise<ReserveOutcome> {
    const answer = await this.callInternal<ReserveStockAnswer>(this.reserveUrl, { orderId, lines });
    if (answer === NOT_SERVED) return this.reserveStockByMutation(orderId, lines);
    if ("userErrors" in answer) {
      return {
        ok: false,
        problems: answer.userErrors.map((found) => ({ ...found, field: found.field ? [...found.field] : null })),
      };
    }
    return { ok: true, lines: answer.lines };
  }

  private async reserveStockByMutation(orderId: string, lines: readonly StockLine[]): Promise<ReserveOutcome> {
    const { reserveStock } = await this.request<{ reserveStock: ReservePayload }>(RESERVE, { orderId, lines });
    if (reserveStock.userErrors.length > 0) return { ok: false as const, problems: reserveStock.userErrors };
    return {
      ok: true as const,
      lines: reserveStock.lines.map(({ unitPrice, ...line }) => ({
        ...line,
        unitPriceCents: unitPrice.amountCents,
        currency: unitPrice.currency,
      })),
    };
  }

  async catalogIds(productIds: readonly string[], categoryIds: readonly string[]): Promise<CatalogIds> {
    const found: CatalogIds = { productIds: new Set(), categoryIds: new Set() };
    const representations = [
      ...productIds.map((id) => ({ __typename: "Product", id })),
      ...categoryIds.map((id) => ({ __typename: "Category", id })),
    ];
    if (representations.length === 0) return found;
    const data = await this.request<{ _entities: Array<{ __typename: string; id: string } | null> }>(CATALOG_IDS, {
      representations,
    });
    for (const entity of data._entities) {
      if (entity?.__typename === "Product") found.productIds.add(uuidOf(entity.id, "Product") ?? entity.id);
      if (entity?.__typename === "Category") found.categoryIds.add(uuidOf(entity.id, "Category") ?? entity.id);
    }
    return found;
  }

  async releaseStock(orderId: string): Promise<boolean> {
    const { releaseStock } = await this.request<{ releaseStock: boolean }>(RELEASE, { orderId });
    return releaseStock;
  }

  private serviceToken(): string {
    const now = Date.now();
    if (!this.token || now - this.token.signedAt > TOKEN_REFRESH_MS) {
      this.token = { value: signServiceToken(this.keys, "orders"), signedAt: now };
    }
    return this.token.value;
  }

  /** What every call carries: the JSON type, orders' service token, the signature of `payload`. */
  private headers(path: string, payload: string): Record<string, string> {
    const requestId = currentRequestId();
    return {
      "content-type": "application/json",
      authorization: `Bearer ${this.serviceToken()}`,
      ...signatureHeaders(this.signingSecret, { method: "POST", path, body: payload }),
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    };
  }

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const payload = JSON.stringify({ query, variables });
    let body: { data?: T | null; errors?: Array<{ message: string }> };
    try {
      const { text } = await this.post(this.url, this.headers(this.path, payload), payload);
      body = JSON.parse(text) as typeof body;
    } catch (error) {
      throw new ProductsUnavailableError(`products did not answer: ${(error as Error).message}`, { cause: error });
    }
    if (body.errors?.length || !body.data) {
      throw new ProductsUnavailableError(`products answered with errors: ${body.errors?.[0]?.message ?? "no data"}`);
    }
    return body.data;
  }

  /** A call of an internal endpoint: its JSON answer, or NOT_SERVED when products has no such endpoint (404). */
  private async callInternal<T>(url: string, request: unknown): Promise<T | typeof NOT_SERVED> {
    const payload = JSON.stringify(request);
    let answer: { status: number; text: string };
    let body: unknown;
    try {
      answer = await this.post(url, this.headers(requestPath(url), payload), payload);
      if (answer.status === 404) return NOT_SERVED;
      body = JSON.parse(answer.text);
    } catch (error) {
      throw new ProductsUnavailableError(`products did not answer: ${(error as Error).message}`, { cause: error });
    }
    if (answer.status !== 200) {
      const refusal = (body as { error?: { message?: string } } | null)?.error?.message ?? "no reason given";
      throw new ProductsUnavailableError(`products refused (${answer.status}): ${refusal}`);
    }
    return body as T;
  }

  /**
   * POSTs `payload`; its status and whole body. A kept-alive connection that the server
   * closed just as it was reused fails before products read anything: that one is sent again, on a
   * new connection (every call here is idempotent: reserving per order id, releasing, reading).
   */
  private async post(url: string, headers: Record<string, string>, payload: string): Promise<Answer> {
    try {
      return await this.send(url, headers, payload);
    } catch (error) {
      if (!(error instanceof ReusedConnectionClosed)) throw error;
      return this.send(url, headers, payload);
    }
  }

  /** One POST; fails past the timeout or on a cut-short answer. */
  private send(url: string, headers: Record<string, string>, payload: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const send = this.https ? httpsRequest : httpRequest;
      let answered = false;
      const request = send(
        url,
        {
          method: "POST",
          agent: this.agent,
          headers: { ...headers, "content-length": String(Buffer.byteLength(payload)) },
          signal: AbortSignal.timeout(this.timeoutMs),
        },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
          );
          response.on("error", reject);
          response.on("close", () => {
            if (!response.complete) reject(new Error("the answer was cut short"));
          });
        },
      );
      request.on("error", (error: NodeJS.ErrnoException) => {
        const closedUnderUs = request.reusedSocket && !answered && error.code === "ECONNRESET";
        reject(closedUnderUs ? new ReusedConnectionClosed(error.message, { cause: error }) : error);
      });
      request.end(payload);
    });
  }
}

/** An answer's status and whole body. */
interface Answer {
  status: number;
  text: string;
}

/** Products answered 404: it does not serve that internal endpoint (an older release). */
const NOT_SERVED = Symbol("not served");

/** How long a connection to products may stay idle for reuse: under node's default server keep-alive of 5 s. */
const IDLE_CONNECTION_MS = 4_000;

/** The server closed a kept-alive connection as this request reused it; nothing reached products. */
class ReusedConnectionClosed extends Error {
  override name = "ReusedConnectionClosed";
}
