import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { EMPTY_ADDRESS, SHIPPING_COUNTRIES, countryName, type AddressValues } from "../checkout/address";
import { FormErrors, SelectField, TextField } from "../components/Field";
import { PostalAddress } from "../components/PostalAddress";
import { DeleteAddressDocument, SaveAddressDocument, type SavedAddressFieldsFragment } from "../gql/shop/graphql";
import { describeError } from "../lib/errors";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";

/** At most this many (users' MAX_SAVED_ADDRESSES); the form hides once they are kept. */
const MAX_ADDRESSES = 20;
const FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;

/**
 * The shopper's saved addresses: the list (the default first marked), making one the default,
 * deleting one, adding one. Every answer carries the shopper's addresses, which the cache takes.
 */
export function SavedAddresses({ addresses }: { addresses: readonly SavedAddressFieldsFragment[] }) {
  const [saveAddress] = useMutation(SaveAddressDocument);
  const [deleteAddress] = useMutation(DeleteAddressDocument);
  const [values, setValues] = useState<AddressValues>(EMPTY_ADDRESS);
  const [makeDefault, setMakeDefault] = useState(false);
  const [errors, setErrors] = useState<FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<readonly FieldUserError[]>) => {
    setFailure(null);
    setBusy(true);
    try {
      const userErrors = await work();
      setErrors([...userErrors]);
      return userErrors.length === 0;
    } catch (caught) {
      setFailure(describeError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, line2: values.line2.trim() || null, defaultShipping: makeDefault || null };
    const saved = await run(
      async () => (await saveAddress({ variables: { input } })).data?.saveAddress.userErrors ?? [],
    );
    if (saved) {
      setValues(EMPTY_ADDRESS);
      setMakeDefault(false);
    }
  };

  const setDefault = (address: SavedAddressFieldsFragment) =>
    run(async () => {
      const { id, name, line1, line2, city, postalCode, country } = address;
      const input = { id, name, line1, line2, city, postalCode, country, defaultShipping: true };
      return (await saveAddress({ variables: { input } })).data?.saveAddress.userErrors ?? [];
    });

  const remove = (id: string) =>
    run(async () => (await deleteAddress({ variables: { id } })).data?.deleteAddress.userErrors ?? []);

  const set = (field: keyof AddressValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const general = [
    ...unplacedErrors(
      errors,
      FIELDS.map((field) => [field]),
    ).map((error) => error.message),
    ...(failure ? [failure] : []),
  ];

  return (
    <section className="account-section" aria-labelledby="account-addresses">
      <h2 id="account-addresses">Saved addresses</h2>
      {addresses.length === 0 && <p>No saved addresses yet.</p>}
      <ul className="saved-addresses">
        {addresses.map((address) => (
          <li key={address.id} className="saved-addresses__item">
            <PostalAddress address={{ ...address, country: countryName(address.country) }} />
            {address.defaultShipping ? (
              <p>Default shipping address</p>
            ) : (
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                onClick={() => void setDefault(address)}
              >
                Make default
              </button>
            )}
            <button
              type="button"
              className="button button--small button--danger-quiet"
              disabled={busy}
              aria-label={`Delete the address of ${address.name}, ${address.line1}`}
              onClick={() => void remove(address.id)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {addresses.length < MAX_ADDRESSES && (
        <form onSubmit={(event) => void add(event)} noValidate>
          <h3>Add an address</h3>
          <FormErrors messages={general} />
          <TextField
            label="Full name"
            name="name"
            autoComplete="name"
            value={values.name}
            onChange={set("name")}
            error={errorFor(errors, "name")}
            required
          />
          <TextField
            label="Street and number"
            name="line1"
            autoComplete="address-line1"
            value={values.line1}
            onChange={set("line1")}
            error={errorFor(errors, "line1")}
            required
          />
          <TextField
            label="Apartment, suite (optional)"
            name="line2"
            autoComplete="address-line2"
            value={values.line2}
            onChange={set("line2")}
            error={errorFor(errors, "line2")}
          />
          <TextField
            label="Postal code"
            name="postalCode"
            autoComplete="postal-code"
            value={values.postalCode}
            onChange={set("postalCode")}
            error={errorFor(errors, "postalCode")}
            required
          />
          <TextField
            label="City"
            name="city"
            autoComplete="address-level2"
            value={values.city}
            onChange={set("city")}
            error={errorFor(errors, "city")}
            required
          />
          <SelectField
            label="Country"
            name="country"
            autoComplete="country"
            value={values.country}
            onChange={set("country")}
            error={errorFor(errors, "country")}
          >
            {SHIPPING_COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </SelectField>
          <label className="checkbox">
            <input type="checkbox" checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />{" "}
            Use as my default shipping address
          </label>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Please wait…" : "Save address"}
          </button>
        </form>
      )}
    </section>
  );
}
