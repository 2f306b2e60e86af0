import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { FormErrors, TextField } from "../components/Field";
import { useToast } from "../components/Toasts";
import {
  AddVariantDocument,
  ArchiveVariantDocument,
  RestoreVariantDocument,
  UpdateVariantPriceDocument,
  type AdminMediaFragment,
  type AdminProductFragment,
  type AdminVariantFragment,
} from "../gql/admin/graphql";
import { describeError } from "../lib/errors";
import { parseMajorUnits } from "../lib/money";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A variant's swatch colour and the product image that shows it. */
export function VariantLook({
  variant,
  media,
}: {
  variant: AdminVariantFragment;
  media: readonly AdminMediaFragment[];
}) {
  const [update, updating] = useMutation(UpdateVariantPriceDocument);
  const [colour, setColour] = useState(variant.colour ?? "");
  const [imageId, setImageId] = useState(variant.image?.id ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const changed = colour !== (variant.colour ?? "") || imageId !== (variant.image?.id ?? "");

  const save = async () => {
    setProblem(null);
    if (colour !== "" && !HEX.test(colour)) return setProblem("A colour is a hex colour such as #1f2937.");
    try {
      const { data } = await update({ variables: { id: variant.id, input: { colour, imageId } } });
      const errors = data?.updateVariant.userErrors ?? [];
      if (errors.length > 0) setProblem(errors.map((error) => error.message).join(" "));
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <div className="inline-form variant-look">
      <label className="visually-hidden" htmlFor={`${id}-colour`}>
        Swatch colour of {variant.title}
      </label>
      <input
        id={`${id}-colour`}
        className="input-small"
        value={colour}
        placeholder="#1f2937"
        onChange={(event) => setColour(event.target.value.trim())}
      />
      <label className="visually-hidden" htmlFor={`${id}-picker`}>
        Pick the swatch colour of {variant.title}
      </label>
      <input
        id={`${id}-picker`}
        type="color"
        value={HEX.test(colour) ? colour.toLowerCase() : "#000000"}
        onChange={(event) => setColour(event.target.value)}
      />
      <label className="visually-hidden" htmlFor={`${id}-image`}>
        Image of {variant.title}
      </label>
      <select id={`${id}-image`} value={imageId} onChange={(event) => setImageId(event.target.value)}>
        <option value="">No image</option>
        {media.map((item, index) => (
          <option key={item.id} value={item.id}>
            {`${index + 1}. ${item.alt}`}
          </option>
        ))}
      </select>
      {changed && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={updating.loading}
          onClick={() => void save()}
        >
          Save look
        </button>
      )}
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** Takes a variant off sale, or puts it back: shoppers stop seeing it, past orders keep it. */
export function VariantArchiveButton({ variant }: { variant: AdminVariantFragment }) {
  const [archive, archiving] = useMutation(ArchiveVariantDocument);
  const [restore, restoring] = useMutation(RestoreVariantDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async () => {
    setProblem(null);
    try {
      const variables = { id: variant.id };
      const errors = variant.archived
        ? (await restore({ variables })).data?.restoreVariant.userErrors
        : (await archive({ variables })).data?.archiveVariant.userErrors;
      if (errors?.length) setProblem(errors.map((error) => error.message).join(" "));
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  return (
    <>
      <button
        type="button"
        className={
          variant.archived ? "button button--secondary button--small" : "button button--danger-quiet button--small"
        }
        disabled={archiving.loading || restoring.loading}
        onClick={() => void toggle()}
        aria-label={`${variant.archived ? "Put back on sale" : "Archive"} ${variant.title}`}
      >
        {variant.archived ? "Put back on sale" : "Archive"}
      </button>
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}

/** A new variant of an existing product: its SKU, a value per option, price, stock and colour. */
export function AddVariantForm({ product }: { product: AdminProductFragment }) {
  const toast = useToast();
  const [addVariant, adding] = useMutation(AddVariantDocument);
  const [sku, setSku] = useState("");
  const [options, setOptions] = useState<Record<string, string>>({});
  const [price, setPrice] = useState("");
  const [stock, setStock] = useState("0");
  const [colour, setColour] = useState("");
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const names = product.options.map((option) => option.name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const priceCents = parseMajorUnits(price);
    const local: FieldUserError[] = [];
    if (!sku.trim()) local.push({ field: ["sku"], code: "REQUIRED", message: "Enter a SKU." });
    if (priceCents === undefined)
      local.push({ field: ["priceCents"], code: "INVALID", message: "Enter a price such as 24.90." });
    setErrors(local);
    if (local.length > 0) return;
    try {
      const { data } = await addVariant({
        variables: {
          productId: product.id,
          input: {
            sku: sku.trim(),
            priceCents: priceCents ?? 0,
            stock: Number.parseInt(stock, 10) || 0,
            options: names.map((name) => ({ name, value: options[name]?.trim() ?? "" })),
            colour: colour.trim() || null,
          },
        },
      });
      const found = data?.addVariant.userErrors ?? [];
      setErrors(found);
      if (found.length === 0) {
        toast.show({ message: `Variant ${sku.trim().toUpperCase()} added.`, tone: "success" });
        setSku("");
        setOptions({});
        setPrice("");
        setStock("0");
        setColour("");
      }
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  const placed = [["sku"], ["priceCents"], ["stock"], ["options"], ["colour"]];
  const general = [...unplacedErrors(errors, placed).map((error) => error.message), ...(failure ? [failure] : [])];
  return (
    <form className="add-variant" onSubmit={(event) => void submit(event)} noValidate aria-label="Add a variant">
      <h3 className="panel__subtitle">Add a variant</h3>
      <FormErrors messages={general} />
      <div className="variant-row">
        <TextField label="SKU" value={sku} onChange={(e) => setSku(e.target.value)} error={errorFor(errors, "sku")} />
        {names.map((name) => (
          <TextField
            key={name}
            label={name}
            value={options[name] ?? ""}
            onChange={(e) => setOptions({ ...options, [name]: e.target.value })}
            error={errorFor(errors, "options")}
          />
        ))}
        <TextField
          label="Price (USD)"
          inputMode="decimal"
          value={price}
          onChange={(e) => setPrice(e.target.value)}
          error={errorFor(errors, "priceCents")}
        />
        <TextField
          label="Stock"
          type="number"
          min={0}
          value={stock}
          onChange={(e) => setStock(e.target.value)}
          error={errorFor(errors, "stock")}
        />
        <TextField
          label="Colour"
          value={colour}
          placeholder="#1f2937"
          onChange={(e) => setColour(e.target.value)}
          error={errorFor(errors, "colour")}
        />
      </div>
      <button type="submit" className="button button--secondary button--small" disabled={adding.loading}>
        {adding.loading ? "Adding…" : "Add variant"}
      </button>
    </form>
  );
}
