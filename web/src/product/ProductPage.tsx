import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useCart } from "../cart/use-cart";
import { QuantityPicker } from "../components/QuantityPicker";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { useToast } from "../components/Toasts";
import { ProductPageDocument, type ProductPageQuery } from "../gql/shop/graphql";
import { describeError } from "../lib/errors";
import { formatPrice, formatPriceRange } from "../lib/money";
import { PageHead } from "../lib/page-head";
import { primaryImage } from "./primary-image";
import { productJsonLd, summary } from "./structured-data";
import { choose, initialSelection, valueAvailable, variantFor, type Selection } from "./variants";

type Product = NonNullable<ProductPageQuery["product"]>;

function stockText(stock: number): string {
  if (stock <= 0) return "Out of stock";
  if (stock <= 5) return `Only ${stock} left`;
  return "In stock";
}

function Gallery({ product }: { product: Product }) {
  const images = product.images.length > 0 ? product.images : [primaryImage(product)];
  const [index, setIndex] = useState(0);
  return (
    <div className="gallery">
      <div className="gallery__main">
        <img src={images[index] ?? images[0]} alt={product.name} width={600} height={600} />
      </div>
      {images.length > 1 && (
        <ul className="gallery__thumbs" aria-label="More images">
          {images.map((src, i) => (
            <li key={src}>
              <button
                type="button"
                aria-label={`Image ${i + 1} of ${images.length}`}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                <img src={src} alt="" width={80} height={80} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Purchase({ product }: { product: Product }) {
  const { add, loading: cartLoading } = useCart();
  const toast = useToast();
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product.variants));
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const variant =
    variantFor(product.variants, selection) ?? (product.options.length === 0 ? product.variants[0] : undefined);
  const available = variant?.inStock ?? false;

  const addToCart = async () => {
    if (!variant || adding || cartLoading) return;
    setAdding(true);
    setProblem(null);
    try {
      const errors = await add({ variantId: variant.id, productName: product.name }, quantity);
      if (errors.length > 0) {
        setProblem(errors.map((error) => error.message).join(" "));
      } else {
        toast.show({
          message: `Added ${quantity} × ${product.name} to your cart.`,
          link: { to: "/cart", label: "View cart" },
          tone: "success",
        });
        setQuantity(1);
      }
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setAdding(false);
    }
  };

  return (
    <form
      className="purchase"
      onSubmit={(event) => {
        event.preventDefault();
        void addToCart();
      }}
    >
      <p className="purchase__price" aria-live="polite">
        {variant ? formatPrice(variant.price) : formatPriceRange(product.priceRange.min, product.priceRange.max)}
      </p>
      {product.options.map((option) => (
        <fieldset key={option.name} className="option-picker">
          <legend>
            {option.name}: <strong>{selection[option.name] ?? "choose"}</strong>
          </legend>
          <div className="option-picker__values">
            {option.values.map((value) => {
              const inStock = valueAvailable(product.variants, selection, option.name, value);
              return (
                <label key={value} className={`chip${inStock ? "" : " chip--unavailable"}`}>
                  <input
                    type="radio"
                    name={`option-${option.name}`}
                    value={value}
                    checked={selection[option.name] === value}
                    onChange={() => setSelection(choose(product.variants, selection, option.name, value))}
                  />
                  <span>{value}</span>
                  {!inStock && <span className="visually-hidden"> (out of stock)</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <p className={`stock ${available ? "stock--in" : "stock--out"}`} data-testid="stock-state">
        {variant ? stockText(variant.quantityAvailable) : "This combination is not available"}
      </p>
      <div className="purchase__actions">
        <QuantityPicker
          itemName={product.name}
          value={quantity}
          onChange={setQuantity}
          max={variant?.quantityAvailable ?? 1}
          disabled={!available}
        />
        {/* Busy, not disabled: a disabled button drops the keyboard's focus to the page's body. */}
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={!available}
          aria-disabled={adding || cartLoading}
        >
          {adding ? "Adding…" : available ? "Add to cart" : "Sold out"}
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {variant && <p className="purchase__sku">SKU {variant.sku}</p>}
    </form>
  );
}

export default function ProductPage() {
  const { slug = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(ProductPageDocument, { variables: { slug } });

  if (loading && !data) return <Spinner label="Loading product" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const product = data?.product;
  if (!product) {
    return (
      <>
        <PageHead title="Product not found" description="This product is not in the shop." noindex status={404} />
        <EmptyState
          title="This product is not here"
          action={
            <Link to="/" className="button button--primary">
              Browse the shop
            </Link>
          }
        >
          <p>It may have been renamed or taken off sale.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <article className="product">
      <PageHead
        title={product.name}
        description={summary(product.description)}
        canonicalPath={`/products/${encodeURIComponent(product.slug)}`}
        image={primaryImage(product)}
        type="product"
        jsonLd={(absolute) => productJsonLd(product, absolute)}
      />
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Shop</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/?category=${product.category.slug}`}>{product.category.name}</Link>
      </nav>
      <div className="product__layout">
        <Gallery product={product} />
        <div className="product__info">
          <h1 className="product__name">{product.name}</h1>
          <Purchase key={product.id} product={product} />
          <section className="product__description" aria-label="Description">
            {product.description.split(/\n{2,}/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        </div>
      </div>
    </article>
  );
}
