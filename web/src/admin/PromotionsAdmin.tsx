import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { FormErrors, TextField } from "../components/Field";
import {
  AdminPromotionsDocument,
  ArchivePromotionDocument,
  CreatePromotionDocument,
  type AdminPromotionFragment,
  type CreatePromotionInput,
} from "../gql/admin/graphql";
import { formatPrice } from "../lib/money";
import { useForm } from "../lib/use-form";
import type { FieldUserError } from "../lib/user-errors";
import { ADMIN_CURRENCY, amountCents, checkAmount, ConfirmedAction, useNotice } from "./admin-forms";
import { AdminList, AdminTable } from "./AdminList";
import { NO_SCOPE, PromotionScope, type ScopeValue } from "./PromotionScope";

const COUPON_CODE = /^[A-Za-z0-9_-]{1,32}$/;

const EMPTY = {
  name: "",
  couponCode: "",
  percentOff: "",
  amountOffCents: "",
  freeShipping: "",
  minSubtotalCents: "",
  startsAt: "",
  endsAt: "",
  usageLimit: "",
  perCustomerLimit: "",
  firstOrderOnly: "",
};
type PromotionValues = typeof EMPTY;

const MESSAGES: Record<string, string> = {
  TOO_LONG: "Use at most 100 characters.",
  INVALID_COUPON_CODE: "Use 1 to 32 letters, digits, dashes or underscores.",
  COUPON_CODE_TAKEN: "A live promotion has this code already.",
  INVALID_DATES: "The end must be after the start.",
  INVALID_LIMIT: "Enter a whole number of at least 1, or leave it empty.",
  UNKNOWN_PRODUCT: "A chosen product no longer exists: remove it.",
  UNKNOWN_CATEGORY: "A chosen category no longer exists: untick it.",
  TOO_MANY_IDS: "Choose at most 100 products and 100 categories.",
};

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);
/** A datetime-local value ("2026-12-24T18:00", the browser's time zone) as an instant. */
const instant = (text: string) => (text ? new Date(text).toISOString() : null);

export function validatePromotion(values: PromotionValues): FieldUserError[] {
  const errors: FieldUserError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field: ["input", field], code, message });
  if (!values.name.trim()) add("name", "REQUIRED", "Enter a name.");
  if (values.couponCode.trim() && !COUPON_CODE.test(values.couponCode.trim()))
    add("couponCode", "INVALID_COUPON_CODE", MESSAGES["INVALID_COUPON_CODE"] ?? "");
  const percent = wholeNumber(values.percentOff);
  if (values.percentOff.trim() && (percent === undefined || percent < 1 || percent > 100))
    add("percentOff", "INVALID_DISCOUNT", "Enter a whole percentage from 1 to 100.");
  else if (!values.percentOff.trim() && !values.amountOffCents.trim() && !values.freeShipping)
    add("percentOff", "INVALID_DISCOUNT", "Give a percentage, an amount off or free shipping (or more than one).");
  checkAmount(errors, "amountOffCents", values.amountOffCents, {
    required: false,
    code: "INVALID_AMOUNT",
    message: "Enter an amount, e.g. 5 or 4.50.",
  });
  if (values.amountOffCents.trim() && amountCents(values.amountOffCents) === 0)
    add("amountOffCents", "INVALID_AMOUNT", "Enter an amount above 0, or leave it empty.");
  checkAmount(errors, "minSubtotalCents", values.minSubtotalCents, {
    required: false,
    code: "INVALID_AMOUNT",
    message: "Enter an amount, e.g. 50, or leave it empty.",
  });
  if (values.startsAt && values.endsAt && new Date(values.endsAt) <= new Date(values.startsAt))
    add("endsAt", "INVALID_DATES", MESSAGES["INVALID_DATES"] ?? "");
  for (const field of ["usageLimit", "perCustomerLimit"] as const) {
    const limit = wholeNumber(values[field]);
    if (values[field].trim() && (limit === undefined || limit < 1))
      add(field, "INVALID_LIMIT", MESSAGES["INVALID_LIMIT"] ?? "");
  }
  return errors;
}

/** The form's values (and scope) as the API's input: empty optional fields are left out (null). */
export function toPromotionInput(values: PromotionValues, scope: ScopeValue = NO_SCOPE): CreatePromotionInput {
  const optionalAmount = (text: string) => (text.trim() ? (amountCents(text) ?? null) : null);
  const optionalNumber = (text: string) => (text.trim() ? (wholeNumber(text) ?? null) : null);
  return {
    name: values.name.trim(),
    couponCode: values.couponCode.trim() || null,
    percentOff: optionalNumber(values.percentOff),
    amountOffCents: optionalAmount(values.amountOffCents),
    freeShipping: values.freeShipping === "true",
    minSubtotalCents: optionalAmount(values.minSubtotalCents),
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    usageLimit: optionalNumber(values.usageLimit),
    perCustomerLimit: optionalNumber(values.perCustomerLimit),
    productIds: scope.products.map((product) => product.id),
    categoryIds: scope.categoryIds,
    firstOrderOnly: values.firstOrderOnly === "true",
  };
}

const PROMOTION_COLUMNS = [
  { label: "Promotion" },
  { label: "Code" },
  { label: "Discount" },
  { label: "Conditions" },
  { label: "Uses", numeric: true },
];

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

function discountText(promotion: AdminPromotionFragment): string {
  return [
    promotion.percentOff !== null && promotion.percentOff !== undefined ? `${promotion.percentOff}% off` : null,
    promotion.amountOff ? `${formatPrice(promotion.amountOff)} off` : null,
    promotion.freeShipping ? "free shipping" : null,
  ]
    .filter(Boolean)
    .join(" + ");
}

function conditionsText(promotion: AdminPromotionFragment): string {
  const parts = [
    promotion.minSubtotal ? `from ${formatPrice(promotion.minSubtotal)}` : null,
    promotion.startsAt ? `starts ${dateTime.format(new Date(promotion.startsAt))}` : null,
    promotion.endsAt ? `ends ${dateTime.format(new Date(promotion.endsAt))}` : null,
    promotion.perCustomerLimit ? `${promotion.perCustomerLimit} per customer` : null,
    promotion.firstOrderOnly ? "first order only" : null,
    promotion.products.length + promotion.categories.length > 0
      ? `only ${[...promotion.products, ...promotion.categories].map((each) => each.name).join(", ")}`
      : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "none";
}

function NewPromotionForm({ onCreated }: { onCreated: (promotion: AdminPromotionFragment) => void }) {
  const [createPromotion, { loading }] = useMutation(CreatePromotionDocument);
  const [scope, setScope] = useState<ScopeValue>(NO_SCOPE);
  const form = useForm({
    id: "promotion",
    initial: EMPTY,
    validate: validatePromotion,
    describe: (error) => MESSAGES[error.code],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    try {
      const { data } = await createPromotion({ variables: { input: toPromotionInput(form.values, scope) } });
      const payload = data?.createPromotion;
      if (!payload?.promotion) return form.showErrors(payload?.userErrors ?? []);
      form.reset();
      setScope(NO_SCOPE);
      onCreated(payload.promotion);
    } catch (caught) {
      form.fail(caught);
    }
  };
  const checkbox = (field: "freeShipping" | "firstOrderOnly", label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        id={form.field(field).id}
        name={field}
        checked={form.values[field] === "true"}
        onChange={(event) => form.set(field, event.target.checked ? "true" : "")}
      />{" "}
      {label}
    </label>
  );

  return (
    <form className="panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="promotion-form-title">
      <h3 id="promotion-form-title" className="panel__title">
        New promotion
      </h3>
      <FormErrors messages={form.general} />
      <div className="form-grid">
        <TextField label="Name" {...form.field("name")} hint="For staff; shoppers see the discount" required />
        <TextField
          label="Coupon code (optional)"
          {...form.field("couponCode")}
          hint="Without one the promotion applies to every order that qualifies"
          autoCapitalize="characters"
          autoComplete="off"
        />
      </div>
      <fieldset className="checkbox-group">
        <legend className="panel__subtitle">Discount</legend>
        <div className="form-grid form-grid--3">
          <TextField label="Percent off" {...form.field("percentOff")} inputMode="numeric" hint="1 to 100" />
          <TextField label={`Amount off (${ADMIN_CURRENCY})`} {...form.field("amountOffCents")} inputMode="decimal" />
        </div>
        {checkbox("freeShipping", "Free shipping")}
      </fieldset>
      <PromotionScope value={scope} onChange={setScope} />
      <fieldset className="checkbox-group">
        <legend className="panel__subtitle">Conditions and limits</legend>
        <div className="form-grid form-grid--3">
          <TextField
            label={`Minimum subtotal (${ADMIN_CURRENCY})`}
            {...form.field("minSubtotalCents")}
            inputMode="decimal"
          />
          <TextField label="Starts" type="datetime-local" {...form.field("startsAt")} hint="Empty: at once" />
          <TextField label="Ends" type="datetime-local" {...form.field("endsAt")} hint="Empty: never" />
          <TextField label="Uses in all" {...form.field("usageLimit")} inputMode="numeric" hint="Empty: unlimited" />
          <TextField
            label="Uses per customer"
            {...form.field("perCustomerLimit")}
            inputMode="numeric"
            hint="Empty: unlimited"
          />
        </div>
        {checkbox("firstOrderOnly", "First order only (a customer with no earlier order)")}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? "Saving…" : "Create promotion"}
        </button>
      </div>
    </form>
  );
}

/** Discounts with or without a coupon code: the live ones, archiving one, creating one. */
export function PromotionsAdmin() {
  const { data, error, refetch } = useQuery(AdminPromotionsDocument, { fetchPolicy: "cache-and-network" });
  const [archivePromotion] = useMutation(ArchivePromotionDocument);
  const notice = useNotice();
  const promotions = data?.promotions;

  return (
    <AdminList
      id="promotions"
      title="Promotions"
      count={(items) => `${items.length} live`}
      notice={notice.element}
      items={promotions}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel="Loading promotions"
      empty="No live promotions."
      form={
        <NewPromotionForm
          onCreated={(promotion) => {
            void refetch();
            notice.announce(
              `Created promotion ${promotion.name}${promotion.couponCode ? ` with code ${promotion.couponCode}` : ""}.`,
            );
          }}
        />
      }
    >
      {(items) => (
        <AdminTable caption="Live promotions, newest first" columns={PROMOTION_COLUMNS}>
          {items.map((promotion) => (
            <tr key={promotion.id} data-promotion={promotion.couponCode ?? promotion.name}>
              <th scope="row">{promotion.name}</th>
              <td>
                {promotion.couponCode ? <code>{promotion.couponCode}</code> : <span className="muted">none</span>}
              </td>
              <td>{discountText(promotion)}</td>
              <td>{conditionsText(promotion)}</td>
              <td className="num">
                {promotion.uses}
                {promotion.usageLimit ? ` of ${promotion.usageLimit}` : ""}
              </td>
              <td className="table__actions">
                <ConfirmedAction
                  label="Archive"
                  accessibleLabel={`Archive promotion ${promotion.name}`}
                  title={`Archive promotion ${promotion.name}?`}
                  keepLabel="Keep promotion"
                  confirmLabel="Archive"
                  returnFocus={notice.ref}
                  action={async () => {
                    const { data: answer } = await archivePromotion({ variables: { id: promotion.id } });
                    const problem = answer?.archivePromotion.userErrors[0];
                    if (problem) return problem.message;
                    void refetch();
                    notice.announce(`Archived promotion ${promotion.name}.`);
                    return null;
                  }}
                >
                  <p>
                    {promotion.couponCode
                      ? `The code ${promotion.couponCode} stops working at once.`
                      : "It stops applying at once."}{" "}
                    Orders keep their discounts.
                  </p>
                </ConfirmedAction>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminList>
  );
}
