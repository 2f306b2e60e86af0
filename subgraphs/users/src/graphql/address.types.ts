import { NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { AddressErrorCode } from "../domain/errors.js";
import { Node } from "./node.js";
import { UserType } from "./types.js";

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("SavedAddress", {
  implements: Node,
  description:
    "An address the shopper keeps for checkout (User.addresses); its fields are those of PlaceOrderInput.shippingAddress",
})
export class SavedAddressType {
  @Field(() => ID, { description: "Global and opaque" })
  id!: string;

  @Field({ description: "Who receives the parcel" })
  name!: string;

  @Field({ description: "Street and number" })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Apartment, suite, etc." })
  line2!: string | null;

  @Field({ description: "City or town" })
  city!: string;

  @Field({ description: "Upper case, as checkout normalises it" })
  postalCode!: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. US" })
  country!: string;

  @Field({ description: "Whether this is the shopper's default shipping address (at most one is)" })
  defaultShipping!: boolean;

  @Field({ description: "When it was saved first" })
  createdAt!: Date;

  @Field({ description: "When it was last changed" })
  updatedAt!: Date;
}

/** `AddressUserError`, with the `AddressErrorCode` enum: saveAddress and deleteAddress report in it. */
export const AddressUserError = userErrorType("Address", AddressErrorCode, {
  REQUIRED: "A field that may not be empty is empty (named in field)",
  TOO_LONG: "A field is longer than it may be (named in field)",
  INVALID_POSTAL_CODE: "The postal code is not letters, digits, spaces or dashes",
  INVALID_COUNTRY: "The country is not an ISO 3166-1 alpha-2 code",
  ADDRESS_NOT_FOUND: "No address of yours has this id",
  TOO_MANY_ADDRESSES: "You have saved as many addresses as you may (20)",
});

@InputType({ description: "An address to save: the fields of a shipping address, checked the same way" })
export class SaveAddressInput {
  @NodeId("SavedAddress")
  @Field(() => ID, {
    nullable: true,
    description: "One of your addresses to replace; omitted: a new address (at most 20 are kept)",
  })
  id?: string | null;

  @Field({ description: "Who receives the parcel; at most 100 characters" })
  name!: string;

  @Field({ description: "Street and number; at most 200 characters" })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Apartment, suite, etc.; at most 200 characters" })
  line2?: string | null;

  @Field({ description: "At most 100 characters" })
  city!: string;

  @Field({ description: "Letters, digits, spaces or dashes; at most 16" })
  postalCode!: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. US" })
  country!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: the default shipping address (no other is any more); false: not; omitted: a first address is, otherwise unchanged",
  })
  defaultShipping?: boolean | null;
}

@ObjectType({ description: "The address saved, or why nothing was" })
export class SavedAddressPayload extends payloadWith(AddressUserError) {
  @Field(() => SavedAddressType, { nullable: true, description: "As saved; null with userErrors" })
  address?: SavedAddressType | null;

  @Field(() => UserType, { nullable: true, description: "The shopper, to refetch their addresses with" })
  user?: UserType | null;
}

@ObjectType({ description: "Which address was deleted, or why none was" })
export class DeleteAddressPayload extends payloadWith(AddressUserError) {
  @NodeId("SavedAddress")
  @Field(() => ID, { nullable: true, description: "The id of the address deleted; null with userErrors" })
  deletedAddressId?: string | null;

  @Field(() => UserType, { nullable: true, description: "The shopper, to refetch their addresses with" })
  user?: UserType | null;
}
