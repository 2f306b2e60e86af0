import { Role, type TaxCategory } from "@shopgraph/kernel";
import { dataOf, present, testAccessToken } from "@shopgraph/testing";
// Products' own admin operations, written once in its tests (typed against its schema).
import {
  ARCHIVE_PRODUCT,
  CREATE_CATEGORY,
  CREATE_PRODUCT,
  UPDATE_PRODUCT,
  UPDATE_VARIANT,
} from "../../products/test/operations.js";
import type { OrdersUnderTest } from "./harness.js";

const adminToken = () => testAccessToken({ role: Role.ADMIN });
let counter = 0;

export interface TestVariant {
  id: string;
  productId: string;
  productName: string;
  sku: string;
  title: string;
}

export interface VariantSpec {
  priceCents: number;
  stock: number;
  currency?: string;
}

/** Sets up the catalog through products' own admin API, as an admin would. */
export class Catalog {
  private category: Promise<{ id: string; slug: string }> | undefined;

  constructor(private readonly stack: OrdersUnderTest) {}

  /** This catalog's category (one per Catalog), made on first use. */
  private async ownCategory(): Promise<{ id: string; slug: string }> {
    this.category ??= (async () => {
      const slug = `test-${process.pid}-${++counter}`;
      const { createCategory } = dataOf(
        await this.stack.productsClient(adminToken())(CREATE_CATEGORY, { input: { name: `Test ${slug}`, slug } }),
      );
      if (createCategory.userErrors.length) throw new Error(JSON.stringify(createCategory.userErrors));
      return { id: present(createCategory.category).id, slug };
    })();
    return this.category;
  }

  private async categorySlug(): Promise<string> {
    return (await this.ownCategory()).slug;
  }

  /** The global id of the category this catalog's products are in. */
  async categoryId(): Promise<string> {
    return (await this.ownCategory()).id;
  }

  /** A product with one variant per spec. */
  async product(name: string, specs: VariantSpec[]): Promise<TestVariant[]> {
    const categorySlug = await this.categorySlug();
    const input = {
      name,
      categorySlug,
      options: specs.length > 1 ? ["Size"] : [],
      variants: specs.map((spec, i) => ({
        sku: `T-${process.pid}-${++counter}`,
        priceCents: spec.priceCents,
        stock: spec.stock,
        currency: spec.currency ?? "USD",
        ...(specs.length > 1 ? { options: [{ name: "Size", value: `S${i}` }] } : {}),
      })),
    };
    const { createProduct } = dataOf(await this.stack.productsClient(adminToken())(CREATE_PRODUCT, { input }));
    if (createProduct.userErrors.length) throw new Error(JSON.stringify(createProduct.userErrors));
    const product = present(createProduct.product, `product ${name}`);
    return product.variants.map(({ id, sku, title }) => ({
      id,
      sku,
      title,
      productId: product.id,
      productName: product.name,
    }));
  }

  async variant(spec: VariantSpec, name = `Product ${++counter}`): Promise<TestVariant> {
    const [variant] = await this.product(name, [spec]);
    return variant!;
  }

  async setPrice(variantId: string, priceCents: number): Promise<void> {
    await this.updateVariant(variantId, { priceCents });
  }

  /** Gives a variant its own weight and tax category, instead of its product's. */
  async setVariantPricing(variantId: string, own: { weightGrams: number; taxCategory: TaxCategory }): Promise<void> {
    await this.updateVariant(variantId, { ownWeightGrams: own.weightGrams, ownTaxCategory: own.taxCategory });
  }

  private async updateVariant(variantId: string, input: Record<string, unknown>): Promise<void> {
    const { updateVariant } = dataOf(
      await this.stack.productsClient(adminToken())(UPDATE_VARIANT, { id: variantId, input }),
    );
    if (updateVariant.userErrors.length) throw new Error(JSON.stringify(updateVariant.userErrors));
  }

  /** Sets a product's weight and tax category, as an admin would. */
  async setPricing(productId: string, input: { weightGrams: number | null; taxCategory: TaxCategory }): Promise<void> {
    const { updateProduct } = dataOf(
      await this.stack.productsClient(adminToken())(UPDATE_PRODUCT, { id: productId, input }),
    );
    if (updateProduct.userErrors.length) throw new Error(JSON.stringify(updateProduct.userErrors));
  }

  async archive(productId: string): Promise<void> {
    const { archiveProduct } = dataOf(
      await this.stack.productsClient(adminToken())(ARCHIVE_PRODUCT, { id: productId }),
    );
    if (archiveProduct.userErrors.length) throw new Error(JSON.stringify(archiveProduct.userErrors));
  }

  /** Stock as products' database has it. */
  async stock(variantId: string): Promise<number> {
    const [row] = await this.stack.productsDb.sql<{ stock: number }>(
      "select stock from product_variants where id = $1",
      [variantId],
    );
    return row!.stock;
  }

  /** Units products holds for orders (reserved and not released). */
  async reserved(variantId: string): Promise<number> {
    const [row] = await this.stack.productsDb.sql<{ units: number }>(
      "select coalesce(sum(quantity), 0)::int as units from stock_reservations where variant_id = $1 and released_at is null",
      [variantId],
    );
    return row!.units;
  }
}
