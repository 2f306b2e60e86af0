import { Link } from "react-router";
import type { ProductCardFragment } from "../gql/shop/graphql";
import { formatPrice } from "../lib/money";

export function ProductCard({ product, eager = false }: { product: ProductCardFragment; eager?: boolean }) {
  const { min, max } = product.priceRange;
  return (
    <li className="product-card">
      <Link to={`/products/${product.slug}`} className="product-card__link">
        <div className="product-card__image">
          <img
            src={product.images[0] ?? `/images/products/${product.slug}.svg`}
            alt=""
            width={600}
            height={600}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
          />
          {!product.inStock && <span className="badge badge--muted product-card__badge">Sold out</span>}
        </div>
        <div className="product-card__body">
          <p className="product-card__category">{product.category.name}</p>
          <h2 className="product-card__name">{product.name}</h2>
          <p className="product-card__price">
            {min.amountCents !== max.amountCents && <span className="product-card__from">From </span>}
            {formatPrice(min)}
          </p>
        </div>
      </Link>
    </li>
  );
}
