import { payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { TaxErrorCode } from "../domain/errors.js";
import { TaxCategory } from "../domain/tax.js";
import { Node } from "./node.js";

registerEnumType(TaxCategory, {
  name: "TaxCategory",
  description: "Which of a country's rates taxes a product",
  valuesConfig: {
    STANDARD: { description: "The country's standard rate" },
    REDUCED: { description: "The country's reduced rate (food, books, ...)" },
    ZERO: { description: "Taxed at the rate set for ZERO, usually 0" },
  },
});

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("TaxRate", {
  implements: Node,
  description: "ADMIN: a country's tax rate for one tax category; a country without one taxes that category at 0",
})
export class TaxRateType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "ISO 3166-1 alpha-2" })
  country!: string;

  @Field(() => TaxCategory)
  category!: TaxCategory;

  @Field(() => Int, { description: "In basis points: 1900 is 19%" })
  rateBasisPoints!: number;
}

@InputType({ description: "A country's rate for a tax category; replaces the one it had" })
export class SetTaxRateInput {
  @Field({ description: "ISO 3166-1 alpha-2" })
  country!: string;

  @Field(() => TaxCategory)
  category!: TaxCategory;

  @Field(() => Int, { description: "0 to 10000 basis points (0% to 100%): 1900 is 19%" })
  rateBasisPoints!: number;
}

/** `TaxUserError`, with its `TaxErrorCode` enum. */
export const TaxUserError = userErrorType("Tax", TaxErrorCode);

@ObjectType({ description: "What setTaxRate did" })
export class TaxRatePayload extends payloadWith(TaxUserError) {
  @Field(() => TaxRateType, { nullable: true })
  taxRate?: TaxRateType | null;
}

@ObjectType({ description: "What deleteTaxRate did" })
export class TaxRateDeletePayload extends payloadWith(TaxUserError) {
  @Field(() => ID, { nullable: true, description: "The id of the rate deleted" })
  deletedId?: string | null;
}
