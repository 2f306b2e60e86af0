import { useMutation, useQuery } from "@apollo/client/react";
import type { FormEvent, RefObject } from "react";
import { countryName } from "../checkout/address";
import { FormErrors, TextField } from "../components/Field";
import {
  AdminShippingZonesDocument,
  CreateShippingMethodDocument,
  CreateShippingZoneDocument,
  DeleteShippingMethodDocument,
  DeleteShippingZoneDocument,
  type AdminShippingZoneFragment,
} from "../gql/admin/graphql";
import { formatPrice } from "../lib/money";
import { useForm } from "../lib/use-form";
import type { FieldUserError } from "../lib/user-errors";
import { ADMIN_CURRENCY, amountCents, checkAmount, ConfirmedAction, useNotice } from "./admin-forms";
import { AdminList, AdminTable } from "./AdminList";

const METHOD_COLUMNS = [{ label: "Method" }, { label: "Price", numeric: true }, { label: "Free from", numeric: true }];

/** "de, AT  ch" -> ["DE", "AT", "CH"]. */
export function parseCountries(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

// The server's own words name the countries for COUNTRY_IN_ANOTHER_ZONE and INVALID_COUNTRY.
const ZONE_MESSAGES: Record<string, string> = {
  TOO_MANY_COUNTRIES: "A zone has at most 249 countries.",
  TOO_LONG: "Use at most 100 characters.",
};
const METHOD_MESSAGES: Record<string, string> = {
  INVALID_PRICE: "Enter a price of 0 or more, e.g. 4.90.",
  INVALID_FREE_ABOVE: "Enter an amount of 0 or more, or leave it empty.",
  TOO_MANY_METHODS: "This zone has 20 methods already: delete one first.",
  TOO_LONG: "Use at most 100 characters.",
};

function validateZone(values: { name: string; countries: string }): FieldUserError[] {
  const errors: FieldUserError[] = [];
  if (!values.name.trim()) errors.push({ field: ["input", "name"], code: "REQUIRED", message: "Enter a name." });
  const countries = parseCountries(values.countries);
  if (countries.length === 0)
    errors.push({ field: ["input", "countries"], code: "REQUIRED", message: "Enter at least one country code." });
  else {
    const bad = countries.filter((code) => !/^[A-Z]{2}$/.test(code));
    if (bad.length > 0)
      errors.push({
        field: ["input", "countries"],
        code: "INVALID_COUNTRY",
        message: `Not two-letter country codes: ${bad.join(", ")}.`,
      });
  }
  return errors;
}

function validateMethod(values: { name: string; priceCents: string; freeAboveCents: string }): FieldUserError[] {
  const errors: FieldUserError[] = [];
  if (!values.name.trim()) errors.push({ field: ["input", "name"], code: "REQUIRED", message: "Enter a name." });
  checkAmount(errors, "priceCents", values.priceCents, {
    required: true,
    code: "INVALID_PRICE",
    message: "Enter a price of 0 or more, e.g. 4.90.",
  });
  checkAmount(errors, "freeAboveCents", values.freeAboveCents, {
    required: false,
    code: "INVALID_FREE_ABOVE",
    message: "Enter an amount of 0 or more, e.g. 50, or leave it empty.",
  });
  return errors;
}

function NewZoneForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [createZone, { loading }] = useMutation(CreateShippingZoneDocument);
  const form = useForm({
    id: "new-zone",
    initial: { name: "", countries: "" },
    validate: validateZone,
    describe: (error) => ZONE_MESSAGES[error.code],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const input = { name: form.values.name.trim(), countries: parseCountries(form.values.countries) };
    try {
      const { data } = await createZone({ variables: { input } });
      const payload = data?.createShippingZone;
      if (!payload?.zone) return form.showErrors(payload?.userErrors ?? []);
      form.reset();
      onCreated(payload.zone.name);
    } catch (caught) {
      form.fail(caught);
    }
  };

  return (
    <form className="panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-zone-title">
      <h3 id="new-zone-title" className="panel__title">
        New shipping zone
      </h3>
      <FormErrors messages={form.general} />
      <div className="form-grid">
        <TextField label="Zone name" {...form.field("name")} hint='e.g. "Europe"' required />
        <TextField
          label="Countries"
          {...form.field("countries")}
          hint="Two-letter codes separated by commas, e.g. DE, AT, CH"
          autoCapitalize="characters"
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? "Saving…" : "Create zone"}
        </button>
      </div>
    </form>
  );
}

function NewMethodForm({ zone, onCreated }: { zone: AdminShippingZoneFragment; onCreated: (name: string) => void }) {
  const [createMethod, { loading }] = useMutation(CreateShippingMethodDocument);
  const form = useForm({
    id: `method-${zone.id}`,
    initial: { name: "", priceCents: "", freeAboveCents: "" },
    validate: validateMethod,
    describe: (error) => METHOD_MESSAGES[error.code],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const { name, priceCents, freeAboveCents } = form.values;
    const input = {
      zoneId: zone.id,
      name: name.trim(),
      priceCents: amountCents(priceCents) ?? 0,
      freeAboveCents: freeAboveCents.trim() ? (amountCents(freeAboveCents) ?? null) : null,
    };
    try {
      const { data } = await createMethod({ variables: { input } });
      const payload = data?.createShippingMethod;
      if (!payload?.method) return form.showErrors(payload?.userErrors ?? []);
      form.reset();
      onCreated(payload.method.name);
    } catch (caught) {
      form.fail(caught);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="zone__new-method">
        <legend>Add a method to {zone.name}</legend>
        <FormErrors messages={form.general} />
        <div className="form-grid form-grid--3">
          <TextField label="Method name" {...form.field("name")} hint='e.g. "Standard (3–5 days)"' required />
          <TextField label={`Price (${ADMIN_CURRENCY})`} {...form.field("priceCents")} inputMode="decimal" required />
          <TextField
            label={`Free from (${ADMIN_CURRENCY}, optional)`}
            {...form.field("freeAboveCents")}
            inputMode="decimal"
            hint="Free for a cart of at least this much"
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={loading}>
            {loading ? "Saving…" : "Add method"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function Zone({
  zone,
  onChanged,
  returnFocus,
}: {
  zone: AdminShippingZoneFragment;
  onChanged: (message: string) => void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const [deleteZone] = useMutation(DeleteShippingZoneDocument);
  const [deleteMethod] = useMutation(DeleteShippingMethodDocument);
  const titleId = `zone-${zone.id}`;
  return (
    <section className="panel zone" aria-labelledby={titleId}>
      <div className="panel__head">
        <h3 id={titleId} className="panel__title">
          {zone.name}
        </h3>
        <ConfirmedAction
          label="Delete zone"
          accessibleLabel={`Delete zone ${zone.name}`}
          title={`Delete zone ${zone.name}?`}
          keepLabel="Keep zone"
          confirmLabel="Delete zone"
          returnFocus={returnFocus}
          action={async () => {
            const { data } = await deleteZone({ variables: { id: zone.id } });
            const problem = data?.deleteShippingZone.userErrors[0];
            if (problem) return problem.message;
            onChanged(`Deleted zone ${zone.name}.`);
            return null;
          }}
        >
          <p>
            Its {zone.methods.length === 1 ? "method goes" : `${zone.methods.length} methods go`} with it; orders keep
            what they were charged.
          </p>
        </ConfirmedAction>
      </div>
      <p className="zone__countries">
        <span className="muted">Ships to </span>
        {zone.countries.map((code) => `${countryName(code, "en")} (${code})`).join(", ")}
      </p>
      {zone.methods.length === 0 ? (
        <p className="muted">No methods yet: checkout offers none for these countries.</p>
      ) : (
        <AdminTable caption={`Shipping methods of ${zone.name}`} columns={METHOD_COLUMNS} panel={false}>
          {zone.methods.map((method) => (
            <tr key={method.id}>
              <th scope="row">{method.name}</th>
              <td className="num">{formatPrice(method.price)}</td>
              <td className="num">{method.freeAbove ? formatPrice(method.freeAbove) : "—"}</td>
              <td className="table__actions">
                <ConfirmedAction
                  label="Delete"
                  accessibleLabel={`Delete method ${method.name} of ${zone.name}`}
                  title={`Delete method ${method.name}?`}
                  keepLabel="Keep method"
                  confirmLabel="Delete method"
                  returnFocus={returnFocus}
                  action={async () => {
                    const { data } = await deleteMethod({ variables: { id: method.id } });
                    const problem = data?.deleteShippingMethod.userErrors[0];
                    if (problem) return problem.message;
                    onChanged(`Deleted method ${method.name} of ${zone.name}.`);
                    return null;
                  }}
                >
                  <p>Checkout stops offering it at once; orders keep what they were charged.</p>
                </ConfirmedAction>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <NewMethodForm zone={zone} onCreated={(name) => onChanged(`Added method ${name} to ${zone.name}.`)} />
    </section>
  );
}

/** Shipping zones (sets of countries) and the methods each offers at checkout. */
export function ShippingAdmin() {
  const { data, error, refetch } = useQuery(AdminShippingZonesDocument, { fetchPolicy: "cache-and-network" });
  const notice = useNotice();
  const changed = (message: string) => {
    void refetch();
    notice.announce(message);
  };
  const zones = data?.shippingZones;

  return (
    <AdminList
      id="shipping"
      title="Shipping"
      count={(items) => `${items.length} zones`}
      notice={notice.element}
      items={zones}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel="Loading shipping zones"
      empty="No shipping zones yet. Checkout offers no shipping method until a zone with a method covers the shopper's country."
      form={<NewZoneForm onCreated={(name) => changed(`Created zone ${name}. Add its shipping methods below it.`)} />}
    >
      {(items) => items.map((zone) => <Zone key={zone.id} zone={zone} onChanged={changed} returnFocus={notice.ref} />)}
    </AdminList>
  );
}
