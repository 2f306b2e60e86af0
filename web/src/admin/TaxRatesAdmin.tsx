import { useMutation, useQuery } from "@apollo/client/react";
import type { FormEvent } from "react";
import { countryName } from "../checkout/address";
import { FormErrors, SelectField, TextField } from "../components/Field";
import {
  AdminTaxRatesDocument,
  DeleteTaxRateDocument,
  SetTaxRateDocument,
  type TaxCategory,
} from "../gql/admin/graphql";
import { useForm } from "../lib/use-form";
import type { FieldUserError } from "../lib/user-errors";
import { ConfirmedAction, useNotice } from "./admin-forms";
import { AdminList, AdminTable } from "./AdminList";

export const TAX_CATEGORIES: { value: TaxCategory; label: string }[] = [
  { value: "STANDARD", label: "Standard" },
  { value: "REDUCED", label: "Reduced" },
  { value: "ZERO", label: "Zero" },
];
const categoryLabel = (category: TaxCategory) =>
  TAX_CATEGORIES.find((entry) => entry.value === category)?.label ?? category;

/** "19" -> 1900, "7.5" -> 750; undefined for anything but 0 to 100 with at most two decimals. */
export function percentToBasisPoints(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const basisPoints = Math.round(Number(trimmed) * 100);
  return basisPoints <= 10_000 ? basisPoints : undefined;
}

/** 1900 -> "19%", 750 -> "7.5%". */
export function formatRate(basisPoints: number): string {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}

const TAX_RATE_COLUMNS = [{ label: "Country" }, { label: "Category" }, { label: "Rate", numeric: true }];

const MESSAGES: Record<string, string> = {
  INVALID_COUNTRY: "Not a country code: use two letters, e.g. DE.",
  INVALID_RATE: "Enter a rate from 0 to 100, e.g. 19 or 7.5.",
};

function validate(values: { country: string; category: string; rateBasisPoints: string }): FieldUserError[] {
  const errors: FieldUserError[] = [];
  if (!/^[A-Za-z]{2}$/.test(values.country.trim()))
    errors.push({ field: ["input", "country"], code: "INVALID_COUNTRY", message: MESSAGES["INVALID_COUNTRY"] ?? "" });
  if (percentToBasisPoints(values.rateBasisPoints) === undefined)
    errors.push({ field: ["input", "rateBasisPoints"], code: "INVALID_RATE", message: MESSAGES["INVALID_RATE"] ?? "" });
  return errors;
}

/** Tax rates per country and tax category; a country without one taxes that category at 0. */
export function TaxRatesAdmin() {
  const { data, error, refetch } = useQuery(AdminTaxRatesDocument, { fetchPolicy: "cache-and-network" });
  const [setTaxRate, { loading }] = useMutation(SetTaxRateDocument);
  const [deleteTaxRate] = useMutation(DeleteTaxRateDocument);
  const notice = useNotice();
  const form = useForm({
    id: "tax-rate",
    initial: { country: "", category: "STANDARD", rateBasisPoints: "" },
    validate,
    describe: (userError) => MESSAGES[userError.code],
  });
  const rates = data?.taxRates;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const input = {
      country: form.values.country.trim().toUpperCase(),
      category: form.values.category as TaxCategory,
      rateBasisPoints: percentToBasisPoints(form.values.rateBasisPoints) ?? 0,
    };
    try {
      const { data: answer } = await setTaxRate({ variables: { input } });
      const payload = answer?.setTaxRate;
      if (!payload?.taxRate) return form.showErrors(payload?.userErrors ?? []);
      const { country, category, rateBasisPoints } = payload.taxRate;
      form.reset();
      void refetch();
      notice.announce(
        `${countryName(country, "en")} now taxes ${categoryLabel(category).toLowerCase()} at ${formatRate(rateBasisPoints)}.`,
      );
    } catch (caught) {
      form.fail(caught);
    }
  };

  const setRateForm = (
    <form className="panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="tax-form-title">
      <h3 id="tax-form-title" className="panel__title">
        Set a rate
      </h3>
      <p className="muted">A country&apos;s rate for a category replaces the one it had.</p>
      <FormErrors messages={form.general} />
      <div className="form-grid form-grid--3">
        <TextField
          label="Country"
          {...form.field("country")}
          hint="Two-letter code, e.g. DE"
          autoCapitalize="characters"
          maxLength={2}
          required
        />
        <SelectField label="Category" {...form.field("category")}>
          {TAX_CATEGORIES.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Rate (%)"
          {...form.field("rateBasisPoints")}
          inputMode="decimal"
          hint="e.g. 19 or 7.5"
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? "Saving…" : "Set rate"}
        </button>
      </div>
    </form>
  );

  return (
    <AdminList
      id="tax"
      title="Tax rates"
      count={(items) => String(items.length)}
      notice={notice.element}
      items={rates}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel="Loading tax rates"
      empty="No tax rates yet: every country taxes every category at 0."
      form={setRateForm}
    >
      {(items) => (
        <AdminTable caption="Tax rates by country and category" columns={TAX_RATE_COLUMNS}>
          {items.map((rate) => {
            const name = `${countryName(rate.country, "en")} (${rate.country})`;
            return (
              <tr key={rate.id}>
                <th scope="row">{name}</th>
                <td>{categoryLabel(rate.category)}</td>
                <td className="num">{formatRate(rate.rateBasisPoints)}</td>
                <td className="table__actions">
                  <ConfirmedAction
                    label="Delete"
                    accessibleLabel={`Delete the ${categoryLabel(rate.category).toLowerCase()} rate of ${name}`}
                    title={`Delete the ${categoryLabel(rate.category).toLowerCase()} rate of ${name}?`}
                    keepLabel="Keep rate"
                    confirmLabel="Delete rate"
                    returnFocus={notice.ref}
                    action={async () => {
                      const { data: answer } = await deleteTaxRate({ variables: { id: rate.id } });
                      const problem = answer?.deleteTaxRate.userErrors[0];
                      if (problem) return problem.message;
                      void refetch();
                      notice.announce(`Deleted the ${categoryLabel(rate.category).toLowerCase()} rate of ${name}.`);
                      return null;
                    }}
                  >
                    <p>Its products are taxed at 0 in {countryName(rate.country, "en")} from then on.</p>
                  </ConfirmedAction>
                </td>
              </tr>
            );
          })}
        </AdminTable>
      )}
    </AdminList>
  );
}
