import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { EMPTY_ADDRESS, SHIPPING_COUNTRIES, countryName } from "../checkout/address";
import { savedToValues } from "../checkout/choices";
import { FormErrors, SelectField, TextField } from "../components/Field";
import { useNotice } from "../components/Notice";
import { PostalAddress } from "../components/PostalAddress";
import { DeleteAddressDocument, SaveAddressDocument, type SavedAddressFieldsFragment } from "../gql/lazy/graphql";
import { describeError } from "../lib/errors";
import { useForm } from "../lib/use-form";

/** At most this many (users' MAX_SAVED_ADDRESSES); the form hides once they are kept (unless editing). */
const MAX_ADDRESSES = 20;

const describeAddress = (address: SavedAddressFieldsFragment) => `${address.name}, ${address.line1}`;

/**
 * The shopper's saved addresses: the list (the default marked), making one the default, editing
 * one, deleting one, adding one. Every answer carries the shopper's addresses, which the cache
 * takes. The server checks an address as checkout does; its problems show at their inputs.
 */
export function SavedAddresses({ addresses }: { addresses: readonly SavedAddressFieldsFragment[] }) {
  const [saveAddress] = useMutation(SaveAddressDocument);
  const [deleteAddress] = useMutation(DeleteAddressDocument);
  const form = useForm({ id: "address", initial: { ...EMPTY_ADDRESS, defaultShipping: "" } });
  const notice = useNotice();
  const [editing, setEditing] = useState<SavedAddressFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a change from the list (default, delete); its answer's userErrors show above the list. */
  const run = async (work: () => Promise<readonly { message: string }[]>, done: string) => {
    setProblem(null);
    setBusy(true);
    try {
      const userErrors = await work();
      if (userErrors.length > 0) setProblem(userErrors.map((error) => error.message).join(" "));
      else notice.announce(done);
    } catch (caught) {
      setProblem(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { defaultShipping, ...values } = form.values;
    const input = {
      ...(editing ? { id: editing.id } : {}),
      ...values,
      line2: values.line2.trim() || null,
      // Editing keeps the default where it is unless the box asks to move it here.
      defaultShipping: defaultShipping === "true" ? true : editing ? editing.defaultShipping : null,
    };
    setBusy(true);
    try {
      const { data } = await saveAddress({ variables: { input } });
      const payload = data?.saveAddress;
      if (!payload?.address) {
        form.showErrors(payload?.userErrors ?? []);
        return;
      }
      form.reset();
      setEditing(null);
      notice.announce(`${editing ? "Saved" : "Added"} the address of ${describeAddress(payload.address)}.`);
    } catch (caught) {
      form.fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const edit = (address: SavedAddressFieldsFragment) => {
    setEditing(address);
    form.load({ ...savedToValues(address), defaultShipping: address.defaultShipping ? "true" : "" });
    // Once the form shows the address: its first input.
    requestAnimationFrame(() => form.focus("name"));
  };

  const stopEditing = () => {
    const was = editing;
    setEditing(null);
    form.reset();
    if (was) requestAnimationFrame(() => document.getElementById(`edit-${was.id}`)?.focus());
  };

  const setDefault = (address: SavedAddressFieldsFragment) =>
    run(
      async () => {
        const { id, name, line1, line2, city, postalCode, country } = address;
        const input = { id, name, line1, line2, city, postalCode, country, defaultShipping: true };
        return (await saveAddress({ variables: { input } })).data?.saveAddress.userErrors ?? [];
      },
      `${describeAddress(address)} is your default shipping address now.`,
    );

  const remove = (address: SavedAddressFieldsFragment) =>
    run(
      async () => {
        const userErrors =
          (await deleteAddress({ variables: { id: address.id } })).data?.deleteAddress.userErrors ?? [];
        if (userErrors.length === 0 && editing?.id === address.id) {
          setEditing(null);
          form.reset();
        }
        return userErrors;
      },
      `Deleted the address of ${describeAddress(address)}.`,
    );

  const showForm = editing !== null || addresses.length < MAX_ADDRESSES;

  return (
    <section className="account-section" aria-labelledby="account-addresses">
      <h2 id="account-addresses">Saved addresses</h2>
      {notice.element}
      <FormErrors messages={problem ? [problem] : []} />
      {addresses.length === 0 && <p>No saved addresses yet.</p>}
      <ul className="saved-addresses">
        {addresses.map((address) => (
          <li key={address.id} className="saved-addresses__item" aria-current={editing?.id === address.id || undefined}>
            <PostalAddress address={{ ...address, country: countryName(address.country) }} />
            {address.defaultShipping ? (
              <p>Default shipping address</p>
            ) : (
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                aria-label={`Make default: ${describeAddress(address)}`}
                onClick={() => void setDefault(address)}
              >
                Make default
              </button>
            )}
            <div className="saved-addresses__actions">
              <button
                type="button"
                id={`edit-${address.id}`}
                className="button button--small button--secondary"
                disabled={busy}
                aria-label={`Edit the address of ${describeAddress(address)}`}
                onClick={() => edit(address)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                disabled={busy}
                aria-label={`Delete the address of ${describeAddress(address)}`}
                onClick={() => void remove(address)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {showForm && (
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="address-form-title">
          <h3 id="address-form-title">
            {editing ? `Edit the address of ${describeAddress(editing)}` : "Add an address"}
          </h3>
          <FormErrors messages={form.general} />
          <TextField label="Full name" autoComplete="name" {...form.field("name")} required />
          <TextField label="Street and number" autoComplete="address-line1" {...form.field("line1")} required />
          <TextField label="Apartment, suite (optional)" autoComplete="address-line2" {...form.field("line2")} />
          <TextField label="Postal code" autoComplete="postal-code" {...form.field("postalCode")} required />
          <TextField label="City" autoComplete="address-level2" {...form.field("city")} required />
          <SelectField label="Country" autoComplete="country" {...form.field("country")}>
            {SHIPPING_COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </SelectField>
          {!editing?.defaultShipping && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={form.values.defaultShipping === "true"}
                onChange={(event) => form.set("defaultShipping", event.target.checked ? "true" : "")}
              />{" "}
              Use as my default shipping address
            </label>
          )}
          <div className="form-actions">
            {editing && (
              <button type="button" className="button button--secondary" onClick={stopEditing}>
                Cancel
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? "Please wait…" : editing ? "Save changes" : "Save address"}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
