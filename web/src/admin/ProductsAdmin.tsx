import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { AdminProductsDocument, type ProductStatus } from "../gql/admin/graphql";
import { formatPriceRange } from "../lib/money";
import { useDebounced } from "../lib/use-debounced";
import { AdminTable } from "./AdminList";

const PRODUCT_COLUMNS = [
  { label: "Product" },
  { label: "Category" },
  { label: "Price" },
  { label: "Stock", numeric: true },
];

export function ProductsAdmin() {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<ProductStatus>("ACTIVE");
  const query = useDebounced(text.trim(), 300);
  const { data, previousData, error, loading, fetchMore, networkStatus, refetch } = useQuery(AdminProductsDocument, {
    variables: { first: 25, after: null, query: query || null, filter: { status } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const products = (data ?? previousData)?.products;

  return (
    <section aria-labelledby="products-title">
      <div className="admin__toolbar">
        <h2 id="products-title" className="admin__title">
          Products {products && <span className="muted">({products.totalCount})</span>}
        </h2>
        <label className="admin__search">
          <span className="visually-hidden">Search products</span>
          <input type="search" placeholder="Search by name" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="admin__select">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as ProductStatus)}>
            <option value="ACTIVE">On sale</option>
            <option value="ARCHIVED">Archived</option>
          </select>
        </label>
        <Link to="/admin/products/new" className="button button--primary">
          New product
        </Link>
      </div>
      {error && !products ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !products ? (
        <Spinner label="Loading products" />
      ) : products.edges.length === 0 ? (
        <EmptyState title="No products">
          <p>{query ? "Nothing matches this search." : "Nothing here yet."}</p>
        </EmptyState>
      ) : (
        <AdminTable caption="Products, by name" columns={PRODUCT_COLUMNS} panel={false}>
          {products.edges.map(({ node: product }) => {
            const stock = product.variants.reduce((sum, variant) => sum + variant.stock, 0);
            return (
              <tr key={product.id}>
                <td>
                  <div className="table__product">
                    <img
                      src={product.images[0] ?? `/images/products/${product.slug}.svg`}
                      alt=""
                      width={40}
                      height={40}
                    />
                    <span>{product.name}</span>
                  </div>
                </td>
                <td>{product.category.name}</td>
                <td>{formatPriceRange(product.priceRange.min, product.priceRange.max)}</td>
                <td className={`num${stock === 0 ? " text-danger" : ""}`}>{stock}</td>
                <td className="table__actions">
                  <Link to={`/admin/products/${product.id}`}>
                    Edit<span className="visually-hidden"> {product.name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </AdminTable>
      )}
      {products?.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={networkStatus === NetworkStatus.fetchMore || loading}
            onClick={() => void fetchMore({ variables: { after: products.pageInfo.endCursor } })}
          >
            Show more
          </button>
        </div>
      )}
    </section>
  );
}
