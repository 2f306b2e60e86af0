/**
 * The catalog loads of the gateway scenario (`npm run bench`): a uniform load (every client the
 * same search) and a mixed one (100 distinct searches and product pages, Zipf-distributed, as a
 * shop's traffic is), and how soon a change is seen through the response cache.
 */
import { randomUUID } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import { signAccessToken } from "@shopgraph/platform";

const PAGE_FIELDS = `id slug name images
  category { slug name }
  priceRange { min { amount currencyCode formatted } max { amount currencyCode formatted } }
  variants { id sku title quantityAvailable availableForSale price { amount currencyCode formatted } }`;

const SEARCH = `query Search($query: String, $first: Int, $sortKey: ProductSortKeys, $reverse: Boolean) {
  products(first: $first, query: $query, sortKey: $sortKey, reverse: $reverse) {
    totalCount nodes { id slug name priceRange { min { amount formatted } } } pageInfo { hasNextPage endCursor }
  }
}`;
const PAGE = `query Page($slug: String!) { product(slug: $slug) { ${PAGE_FIELDS} } }`;

const TERMS = [
  null,
  "shirt",
  "tee",
  "hood",
  "cotton",
  "sock",
  "cap",
  "jacket",
  "bag",
  "black",
  "blue",
  "wool",
  "linen",
];
const SORTS: Array<{ sortKey: string | null; reverse: boolean }> = [
  { sortKey: null, reverse: false },
  { sortKey: "PRICE", reverse: false },
  { sortKey: "PRICE", reverse: true },
  { sortKey: "TITLE", reverse: false },
];

type Post = (url: string, query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** 100 distinct request bodies: every product page of the catalog, then searches until there are 100. */
export async function catalogBodies(productsUrl: string, post: Post, count = 100): Promise<string[]> {
  const listed = (await post(productsUrl, "{ products(first: 100) { nodes { slug } } }")) as {
    products: { nodes: Array<{ slug: string }> };
  };
  const pages = listed.products.nodes
    .slice(0, count / 2)
    .map(({ slug }) => JSON.stringify({ query: PAGE, variables: { slug } }));
  const searches: string[] = [];
  for (const first of [20, 10, 5]) {
    for (const sort of SORTS) {
      for (const query of TERMS) {
        if (pages.length + searches.length >= count) break;
        searches.push(JSON.stringify({ query: SEARCH, variables: { query, first, ...sort } }));
      }
    }
  }
  // Interleaved, so that the most requested (Zipf's first ranks) are both pages and searches.
  const bodies: string[] = [];
  for (let i = 0; bodies.length < pages.length + searches.length; i++) {
    if (i < pages.length) bodies.push(pages[i]!);
    if (i < searches.length) bodies.push(searches[i]!);
  }
  return bodies;
}

/** Picks ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
export function zipf(n: number, s = 1): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= n; rank++) {
    total += 1 / rank ** s;
    cumulative.push(total);
  }
  return () => {
    const target = Math.random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

interface PageVariant {
  id: string;
  stock?: number;
  availableForSale?: boolean;
  price: { amount: string };
}

export interface Staleness {
  kind: "price change" | "sell-out";
  /** From sending the admin's mutation to the first read through the gateway that shows it. */
  ms: number[];
}

const STALENESS_PAGE = `query Page($slug: String!) { product(slug: $slug) { id variants { id availableForSale price { amount } } } }`;
const UPDATE_PRICE = `mutation($id: ID!, $price: Decimal!) { updateVariant(id: $id, input: { price: $price }) { userErrors { code } } }`;
const ADJUST_STOCK = `mutation($id: ID!, $delta: Int!) { adjustStock(variantId: $id, delta: $delta) { userErrors { code } } }`;
const EXACT_STOCK = `query($slug: String!) { product(slug: $slug) { variants { id stock price { amount } } } }`;

/**
 * Times, `times` each, an admin's price change and a sell-out of one variant until the product
 * page read anonymously through `gatewayUrl` (served from its cache in between) shows them.
 */
export async function measureStaleness(
  gatewayUrl: string,
  jwtPrivateKey: string,
  slug: string,
  times: number,
): Promise<Staleness[]> {
  const token = signAccessToken(
    jwtPrivateKey,
    "shopgraph",
    { userId: randomUUID(), role: Role.ADMIN, sessionId: randomUUID() },
    900,
  );
  const ask = async (query: string, variables: Record<string, unknown>, admin = false) => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(admin ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: { product: { variants: PageVariant[] } }; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`${gatewayUrl} answered ${JSON.stringify(body.errors)}`);
    return { data: body.data, age: response.headers.get("age") };
  };
  const variant = (await ask(EXACT_STOCK, { slug }, true)).data.product.variants.find((v) => v.stock! > 0);
  if (!variant) throw new Error(`${slug} has no variant in stock`);
  const page = async () => (await ask(STALENESS_PAGE, { slug })).data.product.variants.find((v) => v.id === variant.id);
  /** Reads until the page is cached, then changes it and reads until the change shows. */
  const time = async (change: () => Promise<unknown>, shows: (v: PageVariant) => boolean) => {
    for (let tries = 0; (await ask(STALENESS_PAGE, { slug })).age === null; tries++) {
      if (tries > 100) throw new Error("the product page is never served from the cache");
    }
    const started = performance.now();
    await change();
    for (;;) {
      const now = await page();
      if (now && shows(now)) return performance.now() - started;
      if (performance.now() - started > 10_000) throw new Error("a change did not show within 10 s");
    }
  };
  const prices: number[] = [];
  const sellOuts: number[] = [];
  let cents = Math.round(Number(variant.price.amount) * 100);
  for (let i = 0; i < times; i++) {
    cents += i % 2 === 0 ? 1 : -1;
    const amount = (cents / 100).toFixed(2);
    prices.push(
      await time(
        () => ask(UPDATE_PRICE, { id: variant.id, price: amount }, true),
        (v) => v.price.amount === amount,
      ),
    );
    sellOuts.push(
      await time(
        () => ask(ADJUST_STOCK, { id: variant.id, delta: -variant.stock! }, true),
        (v) => !v.availableForSale,
      ),
    );
    await ask(ADJUST_STOCK, { id: variant.id, delta: variant.stock! }, true);
  }
  return [
    { kind: "price change", ms: prices },
    { kind: "sell-out", ms: sellOuts },
  ];
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
