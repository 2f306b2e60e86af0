import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ProductCard } from "../components/ProductCard";
import { EmptyState, ErrorState, SkeletonGrid } from "../components/States";
import { CatalogDocument } from "../gql/shop/graphql";
import { PageHead } from "../lib/page-head";
import { placeholderImage } from "../product/primary-image";
import { useDebounced } from "../lib/use-debounced";
import { readParams, SORTS, toVariables, writeParams, type CatalogParams } from "./filters";

export const PAGE_SIZE = 12;
const PRELOADED_IMAGES = 2;

function PriceFilter({
  params,
  onChange,
}: {
  params: CatalogParams;
  onChange: (change: Partial<CatalogParams>) => void;
}) {
  const [min, setMin] = useState(params.min);
  const [max, setMax] = useState(params.max);
  const debouncedMin = useDebounced(min, 500);
  const debouncedMax = useDebounced(max, 500);
  useEffect(() => setMin(params.min), [params.min]);
  useEffect(() => setMax(params.max), [params.max]);
  useEffect(() => {
    if (debouncedMin !== params.min || debouncedMax !== params.max) onChange({ min: debouncedMin, max: debouncedMax });
  }, [debouncedMin, debouncedMax]); // only a pause in typing applies the range
  const invalid = min !== "" && max !== "" && Number(min) > Number(max);
  return (
    <fieldset className="filter">
      <legend className="filter__title">Price</legend>
      <div className="price-range">
        <label>
          <span className="visually-hidden">Minimum price</span>
          <input
            type="number"
            min={0}
            inputMode="decimal"
            placeholder="Min"
            value={min}
            onChange={(e) => setMin(e.target.value)}
          />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="visually-hidden">Maximum price</span>
          <input
            type="number"
            min={0}
            inputMode="decimal"
            placeholder="Max"
            value={max}
            onChange={(e) => setMax(e.target.value)}
          />
        </label>
      </div>
      {invalid && <p className="field__error">The minimum is above the maximum.</p>}
    </fieldset>
  );
}

export default function CatalogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const variables = { first: PAGE_SIZE, after: null, ...toVariables(params) };
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(CatalogDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const products = shown?.products;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const [filtersOpen, setFiltersOpen] = useState(false);

  const change = (next: Partial<CatalogParams>) => setSearchParams(writeParams(searchParams, next), { replace: true });
  const facets = products?.facets.categories ?? [];
  const allCount = facets.reduce((sum, facet) => sum + facet.count, 0);
  const sorts = SORTS.filter((sort) => sort.value !== "RELEVANCE" || params.query);

  const heading = params.query
    ? `Results for “${params.query}”`
    : (facets.find((f) => f.category.slug === params.category)?.category.name ?? "All products");

  return (
    <div className="catalog">
      <PageHead
        title={heading}
        description={
          params.category && heading !== "All products"
            ? `${heading} at Shopgraph: ${products?.totalCount ?? 0} products, delivered.`
            : "Shopgraph: clothes, home goods and more, delivered."
        }
        canonicalPath={params.category ? `/?category=${encodeURIComponent(params.category)}` : "/"}
        // The first row's images are the catalog's largest paint on a phone (two to a row). A photo
        // is already an eager, high-priority <picture> in the server's HTML (a preload of one of
        // its renditions could be a second download beside the one the browser picks); a
        // placeholder is preloaded, the same URL ProductImage asks for.
        preloadImages={products?.edges
          .slice(0, PRELOADED_IMAGES)
          .filter((edge) => !edge.node.featuredMedia)
          .map((edge) => placeholderImage(edge.node.slug))}
        // Search results and filtered lists are the catalog again: only its pages are indexed.
        noindex={Boolean(params.query || params.min || params.max || params.inStock || params.sort)}
      />
      <div className="catalog__head">
        <div>
          <h1 className="page-title">{heading}</h1>
          <p className="catalog__count" aria-live="polite">
            {products ? `${products.totalCount} ${products.totalCount === 1 ? "product" : "products"}` : " "}
          </p>
        </div>
        <div className="catalog__tools">
          <button
            type="button"
            className="button button--secondary catalog__filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="catalog-filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            Filters
          </button>
          <label className="sort">
            <span>Sort by</span>
            <select
              value={params.sort || (params.query ? "RELEVANCE" : "NEWEST")}
              onChange={(e) => change({ sort: e.target.value as CatalogParams["sort"] })}
            >
              {sorts.map((sort) => (
                <option key={sort.value} value={sort.value}>
                  {sort.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>

      <div className="catalog__layout">
        <aside id="catalog-filters" className={`filters${filtersOpen ? " filters--open" : ""}`} aria-label="Filters">
          <fieldset className="filter">
            <legend className="filter__title">Category</legend>
            <ul className="facet-list">
              <li>
                <label className="facet">
                  <input
                    type="radio"
                    name="category"
                    checked={!params.category}
                    onChange={() => change({ category: "" })}
                  />
                  <span className="facet__name">All</span>
                  <span className="facet__count">{products ? allCount : ""}</span>
                </label>
              </li>
              {facets.map((facet) => (
                <li key={facet.category.id}>
                  <label className="facet">
                    <input
                      type="radio"
                      name="category"
                      checked={params.category === facet.category.slug}
                      onChange={() => change({ category: facet.category.slug })}
                    />
                    <span className="facet__name">{facet.category.name}</span>
                    <span className="facet__count">{facet.count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <PriceFilter params={params} onChange={change} />
          <fieldset className="filter">
            <legend className="filter__title">Availability</legend>
            <label className="checkbox">
              <input type="checkbox" checked={params.inStock} onChange={(e) => change({ inStock: e.target.checked })} />
              <span>In stock only</span>
            </label>
          </fieldset>
          {(params.category || params.min || params.max || params.inStock) && (
            <button
              type="button"
              className="link-button"
              onClick={() => change({ category: "", min: "", max: "", inStock: false })}
            >
              Clear filters
            </button>
          )}
        </aside>

        <section className="catalog__results" aria-label="Products" aria-busy={loading}>
          {error && !products ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !products ? (
            <SkeletonGrid />
          ) : products.edges.length === 0 ? (
            <EmptyState title="No products match">
              {products.didYouMean && (
                <p className="did-you-mean">
                  Did you mean{" "}
                  <Link to={{ search: `?${writeParams(searchParams, { query: products.didYouMean }).toString()}` }}>
                    {products.didYouMean}
                  </Link>
                  ?
                </p>
              )}
              <p>Try another search, or clear some filters.</p>
            </EmptyState>
          ) : (
            <>
              <ul className={`product-grid${loading && !loadingMore ? " product-grid--stale" : ""}`}>
                {products.edges.map((edge, i) => (
                  <ProductCard key={edge.node.id} product={edge.node} eager={i < 4} />
                ))}
              </ul>
              {error && <ErrorState error={error} onRetry={() => void refetch()} />}
              {products.pageInfo.hasNextPage && (
                <div className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={loadingMore}
                    onClick={() => void fetchMore({ variables: { after: products.pageInfo.endCursor } })}
                  >
                    {loadingMore ? "Loading…" : `Show more (${products.totalCount - products.edges.length} left)`}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
