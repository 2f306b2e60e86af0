import type { ShippingMethodsQuery } from "../gql/shop/graphql";
import type { SavedAddressFieldsFragment } from "../gql/lazy/graphql";
import { formatPrice } from "../lib/money";
import { countryName, type AddressValues } from "./address";

export type ShippingMethodOption = ShippingMethodsQuery["shippingMethods"][number];

/** A saved address as the checkout form's values. */
export function savedToValues(address: SavedAddressFieldsFragment): AddressValues {
  return {
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? "",
    city: address.city,
    postalCode: address.postalCode,
    country: address.country,
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The saved address the form holds now, if it holds one unchanged. */
export function matchingAddress(
  addresses: readonly SavedAddressFieldsFragment[],
  values: AddressValues,
): SavedAddressFieldsFragment | undefined {
  return addresses.find((address) => {
    const saved = savedToValues(address);
    return (Object.keys(saved) as (keyof AddressValues)[]).every((field) => same(saved[field], values[field]));
  });
}

export const NEW_ADDRESS = "new";

/**
 * The shopper's saved addresses as one radio each, and "another address": choosing one fills the
 * address fields below (which stay editable); editing them moves the choice to "another address".
 */
export function SavedAddressChoice({
  addresses,
  chosen,
  onChoose,
  disabled,
}: {
  addresses: readonly SavedAddressFieldsFragment[];
  /** SavedAddress.id, or NEW_ADDRESS. */
  chosen: string;
  onChoose: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="panel" disabled={disabled}>
      <legend className="panel__title">Ship to</legend>
      <div className="card-options">
        {addresses.map((address) => (
          <label key={address.id} className="card-option">
            <input
              type="radio"
              name="savedAddress"
              value={address.id}
              checked={chosen === address.id}
              onChange={() => onChoose(address.id)}
            />
            <span className="card-option__label">
              {address.name}, {address.line1}
            </span>
            <span className="card-option__note">
              {address.postalCode} {address.city}, {countryName(address.country)}
              {address.defaultShipping ? " · your default" : ""}
            </span>
          </label>
        ))}
        <label className="card-option">
          <input
            type="radio"
            name="savedAddress"
            value={NEW_ADDRESS}
            checked={chosen === NEW_ADDRESS}
            onChange={() => onChoose(NEW_ADDRESS)}
          />
          <span className="card-option__label">Another address</span>
          <span className="card-option__note">Type it below</span>
        </label>
      </div>
    </fieldset>
  );
}

export const priceLabel = (method: ShippingMethodOption) =>
  method.price.amountCents === 0 ? "Free" : formatPrice(method.price);

/** The shipping methods for the address's country, priced for the cart, cheapest first. */
export function ShippingMethodChoice({
  country,
  methods,
  loading,
  failed,
  onRetry,
  chosen,
  onChoose,
  disabled,
}: {
  country: string;
  methods: readonly ShippingMethodOption[] | undefined;
  loading: boolean;
  /** The methods could not be fetched (and none are known). */
  failed: boolean;
  onRetry: () => void;
  chosen: string | null;
  onChoose: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="panel" disabled={disabled} aria-busy={loading || undefined}>
      <legend className="panel__title">Shipping method</legend>
      {!methods && failed ? (
        <div role="alert">
          <p>We could not load the ways we ship to {countryName(country)}.</p>
          <button type="button" className="button button--small button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : !methods ? (
        <p className="muted">{loading ? "Finding the ways we ship there…" : "Choose a country above."}</p>
      ) : methods.length === 0 ? (
        <p className="muted">Standard shipping to {countryName(country)}, free of charge.</p>
      ) : (
        <div className="card-options">
          {methods.map((method) => (
            <label key={method.id} className="card-option">
              <input
                type="radio"
                name="shippingMethod"
                value={method.id}
                checked={chosen === method.id}
                onChange={() => onChoose(method.id)}
              />
              <span className="card-option__label">
                {method.name} · {priceLabel(method)}
              </span>
              {method.freeAbove && method.price.amountCents > 0 && (
                <span className="card-option__note">Free for orders from {formatPrice(method.freeAbove)}</span>
              )}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
