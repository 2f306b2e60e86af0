import { Link } from "react-router";
import type { ProductCardFragment } from "../gql/shop/graphql";
import { formatPrice } from "../lib/money";
import { ProductImage } from "./ProductImage";

export function ProductCard({ product, eager = false }: { product: ProductCardFragment; eager?: boolean }) {
  const { min, max } = product.priceRange;
  return (
    <li className="product-card">
      <Link to={`/products/${product.slug}`} className="product-card__link">
        <div className="product-card__image">
          <ProductImage
            media={product.featuredMedia}
            slug={product.slug}
            alt=""
            sizes="(min-width: 1100px) 260px, (min-width: 700px) 33vw, 50vw"
            eager={eager}
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
