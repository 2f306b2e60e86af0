import { Role } from "@shopgraph/kernel";
import { dataOf, present, rowId, testAccessToken, testServiceToken } from "@shopgraph/testing";
import type { ProductsUnderTest } from "./harness.js";
import { CREATE_CATEGORY, CREATE_PRODUCT } from "./operations.js";

/** Tokens as the users subgraph and the orders subgraph would present them. */
export const tokens = {
  admin: () => testAccessToken({ role: Role.ADMIN }),
  customer: () => testAccessToken({ role: Role.CUSTOMER }),
  service: () => testServiceToken("orders"),
};

export interface VariantSpec {
  sku: string;
  priceCents: number;
  stock?: number;
  currency?: string;
  options?: { name: string; value: string }[];
}

export interface ProductSpec {
  name: string;
  categorySlug: string;
  slug?: string;
  description?: string;
  options?: string[];
  images?: string[];
  variants: VariantSpec[];
}

let skuCounter = 0;
/** A SKU no other test product uses. */
export function uniqueSku(prefix = "T"): string {
  return `${prefix}-${process.pid}-${++skuCounter}`;
}

export async function createCategory(products: ProductsUnderTest, name: string, slug?: string) {
  const { createCategory } = dataOf(await products.client(tokens.admin())(CREATE_CATEGORY, { input: { name, slug } }));
  if (createCategory.userErrors.length) throw new Error(JSON.stringify(createCategory.userErrors));
  return present(createCategory.category, "the category");
}

/** Creates a product through the admin API and returns it as the API shows it. */
export async function createProduct(products: ProductsUnderTest, spec: ProductSpec) {
  const { createProduct } = dataOf(await products.client(tokens.admin())(CREATE_PRODUCT, { input: spec }));
  if (createProduct.userErrors.length) throw new Error(JSON.stringify(createProduct.userErrors));
  return present(createProduct.product, "the product");
}

/** A product with one variant, for tests about something else. */
export function simpleProduct(categorySlug: string, name: string, priceCents = 1000, stock = 10): ProductSpec {
  return { name, categorySlug, variants: [{ sku: uniqueSku(), priceCents, stock }] };
}

/**
 * A product with one variant per entry of `stocks`, priced `priceCents`, then a dollar more each;
 * the variants' raw UUIDs, which the internal stock API speaks (as orders keeps them).
 */
export async function stockedVariants(
  products: ProductsUnderTest,
  spec: { name: string; categorySlug: string; priceCents: number; skuPrefix: string },
  stocks: readonly number[],
): Promise<string[]> {
  const product = await createProduct(products, {
    name: spec.name,
    categorySlug: spec.categorySlug,
    options: ["Size"],
    variants: stocks.map((stock, i) => ({
      sku: uniqueSku(spec.skuPrefix),
      priceCents: spec.priceCents + i * 100,
      stock,
      options: [{ name: "Size", value: `Size ${i + 1}` }],
    })),
  });
  return product.variants.map((variant) => rowId(variant.id));
}
