import { emptySql, isUuid, query, sql, uuidArray, type EntityManager, type Sql } from "@shopgraph/common";
import { ProductStatus } from "../domain/catalog.js";
import type { CategoryView } from "./read-model.js";

function categoriesWhere(em: EntityManager, condition: Sql): Promise<CategoryView[]> {
  return query<CategoryView>(
    em,
    sql`SELECT c.id, c.slug, c.name, c.position,
          (SELECT count(*)::int FROM products p WHERE p.category_id = c.id AND p.status = ${ProductStatus.ACTIVE})
            AS "productCount"
        FROM categories c ${condition} ORDER BY c.position, c.name`,
  );
}

/** Every category in navigation order, each with how many active products it has. */
export function listCategories(em: EntityManager): Promise<CategoryView[]> {
  return categoriesWhere(em, emptySql);
}

/** Categories by id with their active product counts, in one statement. */
export function loadCategories(em: EntityManager, ids: readonly string[]): Promise<CategoryView[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return categoriesWhere(em, sql`WHERE c.id = ANY(${uuidArray(valid)})`);
}
