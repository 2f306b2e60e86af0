import { useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { Link, useParams } from "react-router";
import { useCart } from "../cart/use-cart";
import { ProductImage, Swatch } from "../components/ProductImage";
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

/**
 * The product's images: the chosen one large, the others as thumbnail buttons. Arrow keys move
 * between thumbnails (and choose), Home and End jump to the ends.
 */
function Gallery({ product, index, onSelect }: { product: Product; index: number; onSelect: (index: number) => void }) {
  const media = product.media;
  const current = media[index] ?? media[0];
  const choose = (next: number, event: KeyboardEvent<HTMLUListElement>) => {
    event.preventDefault();
    onSelect(next);
    event.currentTarget.querySelectorAll("button")[next]?.focus();
  };
  return (
    <div className="gallery">
      <div className="gallery__main">
        <ProductImage
          media={current}
          slug={product.slug}
          alt={current ? undefined : product.name}
          sizes="(min-width: 900px) 50vw, 100vw"
          eager
        />
      </div>
      {media.length > 1 && (
        <ul
          className="gallery__thumbs"
          aria-label="Product images"
          onKeyDown={(event) => {
            const last = media.length - 1;
            if (event.key === "ArrowRight" || event.key === "ArrowDown") choose(index >= last ? 0 : index + 1, event);
            else if (event.key === "ArrowLeft" || event.key === "ArrowUp") choose(index <= 0 ? last : index - 1, event);
            else if (event.key === "Home") choose(0, event);
            else if (event.key === "End") choose(last, event);
          }}
        >
          {media.map((item, i) => (
            <li key={item.id}>
              <button
                type="button"
                aria-label={`Show image ${i + 1} of ${media.length}: ${item.alt}`}
                aria-pressed={i === index}
                tabIndex={i === index ? 0 : -1}
                onClick={() => onSelect(i)}
              >
                <ProductImage media={item} slug={product.slug} alt="" sizes="80px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The swatch colour of each value of the option that decides a variant's colour: the option whose
 * every value comes in one colour (Colour does, Size does not); empty when no option does.
 */
function swatchColours(product: Product): { name: string; colours: Map<string, string> } | null {
  for (const option of product.options) {
    const colours = new Map<string, string>();
    let decides = true;
    for (const variant of product.variants) {
      const value = variant.options.find((candidate) => candidate.name === option.name)?.value;
      if (!variant.colour || value === undefined) continue;
      if ((colours.get(value) ?? variant.colour) !== variant.colour) decides = false;
      colours.set(value, variant.colour);
    }
    if (decides && colours.size > 0) return { name: option.name, colours };
  }
  return null;
}

function Purchase({ product, onVariant }: { product: Product; onVariant?: (variantImageId: string) => void }) {
  const { add, loading: cartLoading } = useCart();
  const toast = useToast();
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product.variants));
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const variant =
    variantFor(product.variants, selection) ?? (product.options.length === 0 ? product.variants[0] : undefined);
  const available = variant?.inStock ?? false;
  const swatches = useMemo(() => swatchColours(product), [product]);
  const variantImageId = variant?.image?.id;
  // Choosing a colour shows its photo.
  useEffect(() => {
    if (variantImageId) onVariant?.(variantImageId);
  }, [variantImageId, onVariant]);

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
                  <span>
                    {swatches?.name === option.name && swatches.colours.has(value) && (
                      <Swatch colour={swatches.colours.get(value)!} />
                    )}
                    {value}
                  </span>
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
  const [mediaIndex, setMediaIndex] = useState(0);
  const media = data?.product?.media;
  const showVariantImage = useCallback(
    (id: string) => {
      const index = media?.findIndex((item) => item.id === id) ?? -1;
      if (index >= 0) setMediaIndex(index);
    },
    [media],
  );

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
        image={product.media[0]?.url ?? primaryImage(product)}
        type="product"
        jsonLd={(absolute) => productJsonLd(product, absolute)}
      />
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Shop</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/?category=${product.category.slug}`}>{product.category.name}</Link>
      </nav>
      <div className="product__layout">
        <Gallery product={product} index={mediaIndex} onSelect={setMediaIndex} />
        <div className="product__info">
          <h1 className="product__name">{product.name}</h1>
          <Purchase key={product.id} product={product} onVariant={showVariantImage} />
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
