import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { TextField } from "../components/Field";
import { AdminCategoriesDocument, AdminPromotionProductsDocument } from "../gql/admin/graphql";

/** What a promotion's percentage or amount is limited to; nothing chosen: every line. */
export interface ScopeValue {
  products: { id: string; name: string }[];
  categoryIds: string[];
}

export const NO_SCOPE: ScopeValue = { products: [], categoryIds: [] };

/** The most products or categories a promotion may name (the server's limit). */
const MAX_IDS = 50;

/**
 * Picks a promotion's scope: categories by checkbox, products by name (a search of the catalog,
 * each result added with a button, each chosen one removed with one).
 */
export function PromotionScope({ value, onChange }: { value: ScopeValue; onChange: (value: ScopeValue) => void }) {
  const categories = useQuery(AdminCategoriesDocument).data?.categories ?? [];
  const [search, setSearch] = useState("");
  const found = useQuery(AdminPromotionProductsDocument, {
    variables: { query: search.trim() },
    skip: search.trim().length < 2,
  });
  const chosen = new Set(value.products.map((product) => product.id));
  const results = (found.data?.products.nodes ?? []).filter((product) => !chosen.has(product.id));
  const toggleCategory = (id: string, on: boolean) =>
    onChange({
      ...value,
      categoryIds: on ? [...value.categoryIds, id] : value.categoryIds.filter((each) => each !== id),
    });

  return (
    <fieldset className="checkbox-group">
      <legend className="panel__subtitle">Only for (optional)</legend>
      <p className="muted">
        The percentage or amount applies only to these products and categories; free shipping to the whole order.
      </p>
      {categories.length > 0 && (
        <fieldset className="checkbox-group">
          <legend>Categories</legend>
          {categories.map((category) => (
            <label key={category.id} className="checkbox">
              <input
                type="checkbox"
                checked={value.categoryIds.includes(category.id)}
                onChange={(event) => toggleCategory(category.id, event.target.checked)}
              />{" "}
              {category.name}
            </label>
          ))}
        </fieldset>
      )}
      {value.products.length > 0 && (
        <ul className="scope-products" aria-label="Chosen products">
          {value.products.map((product) => (
            <li key={product.id}>
              {product.name}{" "}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${product.name}`}
                onClick={() =>
                  onChange({ ...value, products: value.products.filter((each) => each.id !== product.id) })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        id="promotion-product-search"
        label="Find a product"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        hint="Type part of its name"
        autoComplete="off"
      />
      {results.length > 0 && (
        <ul className="scope-products" aria-label="Products found">
          {results.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={`Add ${product.name}`}
                disabled={value.products.length >= MAX_IDS}
                onClick={() => onChange({ ...value, products: [...value.products, product] })}
              >
                Add
              </button>{" "}
              {product.name}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
