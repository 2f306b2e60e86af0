import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { FormErrors, SelectField, TextField } from "../components/Field";
import { ErrorState, Spinner } from "../components/States";
import { useToast } from "../components/Toasts";
import {
  AdjustStockDocument,
  AdminCategoriesDocument,
  AdminProductEditorDocument,
  ArchiveProductDocument,
  CreateProductDocument,
  UpdateProductDocument,
  UpdateVariantPriceDocument,
  type AdminMediaFragment,
  type AdminProductFragment,
  type AdminVariantFragment,
} from "../gql/admin/graphql";
import { describeError } from "../lib/errors";
import { formatPrice, parseMajorUnits } from "../lib/money";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";
import { ProductMediaAdmin } from "./ProductMediaAdmin";
import { AddVariantForm, VariantArchiveButton, VariantLook } from "./VariantAdmin";

interface Category {
  slug: string;
  name: string;
}

interface DetailsValues {
  name: string;
  slug: string;
  description: string;
  categorySlug: string;
}

function DetailsFields({
  values,
  onChange,
  errors,
  categories,
}: {
  values: DetailsValues;
  onChange: (values: DetailsValues) => void;
  errors: readonly FieldUserError[];
  categories: readonly Category[];
}) {
  const set = (field: keyof DetailsValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  return (
    <div className="form-grid">
      <TextField label="Name" value={values.name} onChange={set("name")} error={errorFor(errors, "name")} required />
      <TextField
        label="Slug"
        value={values.slug}
        onChange={set("slug")}
        error={errorFor(errors, "slug")}
        hint="Made from the name when left empty."
      />
      <SelectField
        label="Category"
        value={values.categorySlug}
        onChange={set("categorySlug")}
        error={errorFor(errors, "categorySlug")}
      >
        <option value="">Choose…</option>
        {categories.map((category) => (
          <option key={category.slug} value={category.slug}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <div className="field span-2">
        <label htmlFor="product-description">Description</label>
        <textarea
          id="product-description"
          rows={5}
          value={values.description}
          onChange={set("description")}
          aria-describedby={errorFor(errors, "description") ? "product-description-error" : undefined}
        />
        {errorFor(errors, "description") && (
          <p id="product-description-error" className="field__error">
            {errorFor(errors, "description")}
          </p>
        )}
      </div>
    </div>
  );
}

interface VariantDraft {
  sku: string;
  options: Record<string, string>;
  price: string;
  stock: string;
}

const emptyVariant = (): VariantDraft => ({ sku: "", options: {}, price: "", stock: "0" });

function CreateProduct({ categories }: { categories: readonly Category[] }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [create, { loading }] = useMutation(CreateProductDocument);
  const [details, setDetails] = useState<DetailsValues>({ name: "", slug: "", description: "", categorySlug: "" });
  const [optionNames, setOptionNames] = useState("");
  const [variants, setVariants] = useState<VariantDraft[]>([emptyVariant()]);
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const options = optionNames
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const local: FieldUserError[] = [];
    if (!details.name.trim()) local.push({ field: ["name"], code: "REQUIRED", message: "Give the product a name." });
    if (!details.categorySlug) local.push({ field: ["categorySlug"], code: "REQUIRED", message: "Choose a category." });
    variants.forEach((variant, i) => {
      if (!variant.sku.trim())
        local.push({ field: ["variants", String(i), "sku"], code: "REQUIRED", message: "Enter a SKU." });
      if (parseMajorUnits(variant.price) === undefined)
        local.push({
          field: ["variants", String(i), "priceCents"],
          code: "INVALID",
          message: "Enter a price such as 24.90.",
        });
    });
    setErrors(local);
    if (local.length > 0) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            name: details.name.trim(),
            slug: details.slug.trim() || null,
            description: details.description,
            categorySlug: details.categorySlug,
            options,
            variants: variants.map((variant) => ({
              sku: variant.sku.trim(),
              priceCents: parseMajorUnits(variant.price) ?? 0,
              stock: Number.parseInt(variant.stock, 10) || 0,
              options: options.map((name) => ({ name, value: variant.options[name]?.trim() ?? "" })),
            })),
          },
        },
      });
      const payload = data?.createProduct;
      if (payload?.product) {
        toast.show({ message: `${payload.product.name} is on sale.`, tone: "success" });
        void navigate(`/admin/products/${payload.product.id}`, { replace: true });
      } else {
        setErrors(payload?.userErrors ?? []);
      }
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  const setVariant = (index: number, change: Partial<VariantDraft>) =>
    setVariants(variants.map((variant, i) => (i === index ? { ...variant, ...change } : variant)));
  const placed = [
    ["name"],
    ["slug"],
    ["categorySlug"],
    ["description"],
    ["options"],
    ...variants.flatMap((_, i) => ["sku", "priceCents", "stock", "options"].map((f) => ["variants", String(i), f])),
  ];
  const general = [...unplacedErrors(errors, placed).map((error) => error.message), ...(failure ? [failure] : [])];

  return (
    <form className="panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="panel__title">New product</h2>
      <FormErrors messages={general} />
      <DetailsFields values={details} onChange={setDetails} errors={errors} categories={categories} />
      <TextField
        label="Options"
        value={optionNames}
        onChange={(e) => setOptionNames(e.target.value)}
        error={errorFor(errors, "options")}
        hint="Comma-separated, e.g. Size, Colour. Leave empty for a single variant."
      />
      <fieldset className="variants-editor">
        <legend className="panel__title">Variants</legend>
        {variants.map((variant, i) => (
          <div key={i} className="variant-row">
            <TextField
              label="SKU"
              value={variant.sku}
              onChange={(e) => setVariant(i, { sku: e.target.value })}
              error={errorFor(errors, "variants", String(i), "sku")}
            />
            {options.map((name) => (
              <TextField
                key={name}
                label={name}
                value={variant.options[name] ?? ""}
                onChange={(e) => setVariant(i, { options: { ...variant.options, [name]: e.target.value } })}
                error={errorFor(errors, "variants", String(i), "options")}
              />
            ))}
            <TextField
              label="Price (USD)"
              inputMode="decimal"
              value={variant.price}
              onChange={(e) => setVariant(i, { price: e.target.value })}
              error={errorFor(errors, "variants", String(i), "priceCents")}
            />
            <TextField
              label="Stock"
              type="number"
              min={0}
              value={variant.stock}
              onChange={(e) => setVariant(i, { stock: e.target.value })}
              error={errorFor(errors, "variants", String(i), "stock")}
            />
            {variants.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => setVariants(variants.filter((_, j) => j !== i))}
              >
                Remove variant {i + 1}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setVariants([...variants, emptyVariant()])}
        >
          Add variant
        </button>
      </fieldset>
      <div className="form-actions">
        <Link to="/admin/products" className="button button--secondary">
          Cancel
        </Link>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? "Creating…" : "Create product"}
        </button>
      </div>
    </form>
  );
}

function VariantRow({ variant, media }: { variant: AdminVariantFragment; media: readonly AdminMediaFragment[] }) {
  const [updatePrice, price] = useMutation(UpdateVariantPriceDocument);
  const [adjust, stock] = useMutation(AdjustStockDocument);
  const [priceText, setPriceText] = useState(variant.price.amount);
  const [delta, setDelta] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);

  const run = (action: () => Promise<readonly FieldUserError[] | undefined>) => {
    setErrors([]);
    action()
      .then((found) => setErrors(found ?? []))
      .catch((error: unknown) => setErrors([{ field: null, code: "ERROR", message: describeError(error) }]));
  };
  const savePrice = () => {
    // Sent as the exact Decimal string; the server checks it against the currency's decimals.
    const price = priceText.trim().replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(price))
      return setErrors([{ field: ["price"], code: "INVALID", message: "Enter a price such as 24.90." }]);
    run(
      async () =>
        (await updatePrice({ variables: { id: variant.id, input: { price } } })).data?.updateVariant.userErrors,
    );
  };
  const applyStock = () => {
    const amount = Number.parseInt(delta, 10);
    if (!Number.isInteger(amount) || amount === 0)
      return setErrors([
        { field: ["delta"], code: "INVALID", message: "Enter a whole number of units, e.g. 10 or -2." },
      ]);
    run(async () => {
      const result = (
        await adjust({ variables: { variantId: variant.id, delta: amount, reason: reason.trim() || null } })
      ).data?.adjustStock;
      if (result && result.userErrors.length === 0) {
        setDelta("");
        setReason("");
      }
      return result?.userErrors;
    });
  };

  return (
    <tr>
      <th scope="row">
        {variant.title}
        <div className="muted small">{variant.sku}</div>
        {variant.archived && <span className="badge badge--cancelled">Archived</span>}
        <div>
          <VariantArchiveButton variant={variant} />
        </div>
      </th>
      <td>
        <VariantLook variant={variant} media={media} />
      </td>
      <td>
        <div className="inline-form">
          <label className="visually-hidden" htmlFor={`price-${variant.id}`}>
            Price of {variant.title}
          </label>
          <input
            id={`price-${variant.id}`}
            className="input-small"
            inputMode="decimal"
            value={priceText}
            onChange={(e) => setPriceText(e.target.value)}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={price.loading}
            onClick={savePrice}
          >
            Save
          </button>
        </div>
        {errorFor(errors, "price") && <p className="field__error">{errorFor(errors, "price")}</p>}
        <div className="muted small">Now {formatPrice(variant.price)}</div>
      </td>
      <td className="num" data-testid="variant-stock">
        {variant.stock}
      </td>
      <td>
        <div className="inline-form">
          <label className="visually-hidden" htmlFor={`delta-${variant.id}`}>
            Units to add to {variant.title} (negative removes)
          </label>
          <input
            id={`delta-${variant.id}`}
            className="input-small"
            type="number"
            placeholder="+/−"
            value={delta}
            onChange={(e) => setDelta(e.target.value)}
          />
          <label className="visually-hidden" htmlFor={`reason-${variant.id}`}>
            Reason
          </label>
          <input
            id={`reason-${variant.id}`}
            className="input-small input-reason"
            placeholder="Reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={stock.loading}
            onClick={applyStock}
          >
            Adjust
          </button>
        </div>
        {errorFor(errors, "delta") && <p className="field__error">{errorFor(errors, "delta")}</p>}
        {unplacedErrors(errors, [["delta"], ["price"]]).map((error) => (
          <p key={error.message} className="field__error">
            {error.message}
          </p>
        ))}
      </td>
    </tr>
  );
}

function EditProduct({ product, categories }: { product: AdminProductFragment; categories: readonly Category[] }) {
  const toast = useToast();
  const [update, updating] = useMutation(UpdateProductDocument);
  const [archive, archiving] = useMutation(ArchiveProductDocument);
  const [details, setDetails] = useState<DetailsValues>({
    name: product.name,
    slug: product.slug,
    description: product.description,
    categorySlug: product.category.slug,
  });
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await update({
        variables: {
          id: product.id,
          input: {
            name: details.name.trim(),
            slug: details.slug.trim(),
            description: details.description,
            categorySlug: details.categorySlug,
          },
        },
      });
      const found = data?.updateProduct.userErrors ?? [];
      setErrors(found);
      if (found.length === 0) toast.show({ message: "Saved.", tone: "success" });
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const toggleArchive = async () => {
    setFailure(null);
    try {
      const archived = product.status === "ARCHIVED";
      const errors = archived
        ? (await update({ variables: { id: product.id, input: { status: "ACTIVE" } } })).data?.updateProduct.userErrors
        : (await archive({ variables: { id: product.id } })).data?.archiveProduct.userErrors;
      setErrors(errors ?? []);
      if (!errors?.length)
        toast.show({
          message: archived ? `${product.name} is on sale again.` : `${product.name} is archived.`,
          tone: "success",
        });
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const general = [
    ...unplacedErrors(errors, [["name"], ["slug"], ["categorySlug"], ["description"]]).map((error) => error.message),
    ...(failure ? [failure] : []),
  ];

  return (
    <>
      <form className="panel" onSubmit={(event) => void save(event)} noValidate>
        <div className="panel__head">
          <h2 className="panel__title">{product.name}</h2>
          <span className={`badge ${product.status === "ARCHIVED" ? "badge--cancelled" : "badge--delivered"}`}>
            {product.status === "ARCHIVED" ? "Archived" : "On sale"}
          </span>
        </div>
        <FormErrors messages={general} />
        <DetailsFields values={details} onChange={setDetails} errors={errors} categories={categories} />
        <div className="form-actions">
          <button
            type="button"
            className={product.status === "ARCHIVED" ? "button button--secondary" : "button button--danger-quiet"}
            disabled={archiving.loading || updating.loading}
            onClick={() => void toggleArchive()}
          >
            {product.status === "ARCHIVED" ? "Put back on sale" : "Archive"}
          </button>
          <Link to={`/products/${product.slug}`} className="button button--secondary">
            View in shop
          </Link>
          <button type="submit" className="button button--primary" disabled={updating.loading}>
            {updating.loading ? "Saving…" : "Save changes"}
          </button>
        </div>
      </form>
      <section className="panel" aria-labelledby="variants-title">
        <h2 id="variants-title" className="panel__title">
          Variants, prices and stock
        </h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Colour and image</th>
                <th scope="col">Price</th>
                <th scope="col" className="num">
                  Stock
                </th>
                <th scope="col">Adjust stock</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((variant) => (
                <VariantRow key={variant.id} variant={variant} media={product.media} />
              ))}
            </tbody>
          </table>
        </div>
        <AddVariantForm product={product} />
      </section>
      <ProductMediaAdmin product={product} />
    </>
  );
}

export function ProductEditor() {
  const { id } = useParams();
  const editing = useQuery(AdminProductEditorDocument, { variables: { id: id ?? "" }, skip: !id });
  const creating = useQuery(AdminCategoriesDocument, { skip: Boolean(id) });
  const { data, loading, error, refetch } = id ? editing : creating;

  return (
    <div className="product-editor">
      <Link to="/admin/products" className="back-link">
        ← All products
      </Link>
      {loading && !data ? (
        <Spinner />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : id ? (
        editing.data?.product ? (
          <EditProduct
            key={editing.data.product.id}
            product={editing.data.product}
            categories={editing.data.categories}
          />
        ) : (
          <ErrorState error={new Error("There is no product with this id.")} />
        )
      ) : (
        <CreateProduct categories={creating.data?.categories ?? []} />
      )}
    </div>
  );
}
