import { TAX_CATEGORY_DESCRIPTION, TAX_CATEGORY_MEANINGS } from "@shopgraph/kernel";
import { payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { TaxErrorCode } from "../domain/errors.js";
import { TaxCategory } from "../domain/tax.js";
import { Node } from "./node.js";

registerEnumType(TaxCategory, {
  name: "TaxCategory",
  description: TAX_CATEGORY_DESCRIPTION,
  valuesConfig: {
    STANDARD: { description: TAX_CATEGORY_MEANINGS.STANDARD },
    REDUCED: { description: TAX_CATEGORY_MEANINGS.REDUCED },
    ZERO: { description: TAX_CATEGORY_MEANINGS.ZERO },
  },
});

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("TaxRate", {
  implements: Node,
  description: "ADMIN: a country's tax rate for one tax category; a country without one taxes that category at 0",
})
export class TaxRateType {
  @Field(() => ID, { description: "Global id (TaxRate_…)" })
  id!: string;

  @Field({ description: "ISO 3166-1 alpha-2" })
  country!: string;

  @Field(() => TaxCategory, { description: "The products it taxes" })
  category!: TaxCategory;

  @Field(() => Int, { description: "In basis points: 1900 is 19%" })
  rateBasisPoints!: number;
}

@InputType({ description: "A country's rate for a tax category; replaces the one it had" })
export class SetTaxRateInput {
  @Field({ description: "ISO 3166-1 alpha-2" })
  country!: string;

  @Field(() => TaxCategory, { description: "The products it taxes" })
  category!: TaxCategory;

  @Field(() => Int, { description: "0 to 10000 basis points (0% to 100%): 1900 is 19%" })
  rateBasisPoints!: number;
}

/** `TaxUserError`, with its `TaxErrorCode` enum. */
export const TaxUserError = userErrorType("Tax", TaxErrorCode, {
  INVALID_COUNTRY: "The country is not an ISO 3166-1 alpha-2 code",
  INVALID_RATE: "rateBasisPoints is not a whole number from 0 to 10000",
  TAX_RATE_NOT_FOUND: "No tax rate has this id",
});

@ObjectType({ description: "What setTaxRate did" })
export class TaxRatePayload extends payloadWith(TaxUserError) {
  @Field(() => TaxRateType, { nullable: true, description: "The rate as set; null with userErrors" })
  taxRate?: TaxRateType | null;
}

@ObjectType({ description: "What deleteTaxRate did" })
export class TaxRateDeletePayload extends payloadWith(TaxUserError) {
  @Field(() => ID, { nullable: true, description: "The id of the rate deleted" })
  deletedId?: string | null;
}
