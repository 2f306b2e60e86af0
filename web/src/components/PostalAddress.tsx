import { countryName } from "../checkout/address";

export interface PostalAddressValue {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
}

/** A shipping address as it goes on a parcel, the country spelled out. */
export function PostalAddress({ address }: { address: PostalAddressValue }) {
  return (
    <address className="address">
      {address.name}
      <br />
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postalCode} {address.city}
      <br />
      {countryName(address.country)}
    </address>
  );
}
