import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { rejectCatalog } from "../domain/errors.js";

/**
 * Checks before writing find most clashes; a request racing another for the same SKU or slug is
 * stopped by the unique index instead. This turns that into the same problem.
 */
export function rethrowUniqueViolation(
  error: unknown,
  fields: { sku?: (sku: string) => string[]; slug?: string[] },
): never {
  if (!(error instanceof UniqueConstraintViolationException)) throw error;
  const { constraint, detail } = error as unknown as { constraint?: string; detail?: string };
  // Postgres: 'Key (sku)=(TEE-M) already exists.'
  const value = /\)=\((.*)\) already exists/.exec(detail ?? "")?.[1] ?? "";
  if (constraint === "product_variants_sku_unique" && fields.sku) {
    rejectCatalog("SKU_TAKEN", `SKU ${value} is already in use`, fields.sku(value));
  }
  if ((constraint === "products_slug_unique" || constraint === "categories_slug_unique") && fields.slug) {
    rejectCatalog("SLUG_TAKEN", `The slug ${value} is already in use`, fields.slug);
  }
  throw error;
}
