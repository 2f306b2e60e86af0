import { Role, toGlobalId } from "@shopgraph/kernel";
import { NodeId, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { taxes, type TaxRateView } from "../app/taxes.js";
import { TaxErrorCode } from "../domain/errors.js";
import type { OrdersContext } from "./context.js";
import { SetTaxRateInput, TaxRateDeletePayload, TaxRatePayload, TaxRateType } from "./tax.types.js";

@Resolver(() => TaxRateType)
export class TaxResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [TaxRateType], { description: "ADMIN: the tax rates, of one country or all, by country and category" })
  taxRates(
    @Arg("country", () => String, { nullable: true, description: "ISO 3166-1 alpha-2; all countries when absent" })
    country: string | null,
    @Ctx() { em }: OrdersContext,
  ): Promise<TaxRateView[]> {
    return taxes.rates(em, country?.trim().toUpperCase() ?? null);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TaxRatePayload, {
    description:
      "ADMIN: sets a country's rate for a tax category (replacing it). userErrors: INVALID_COUNTRY, INVALID_RATE",
  })
  setTaxRate(@Arg("input") input: SetTaxRateInput, @Ctx() { em }: OrdersContext) {
    return withUserErrors(TaxErrorCode, async () => ({ taxRate: await taxes.setRate(em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TaxRateDeletePayload, {
    description: "ADMIN: deletes a tax rate: its category is taxed at 0 there. userErrors: TAX_RATE_NOT_FOUND",
  })
  deleteTaxRate(@Arg("id", () => ID) @NodeId("TaxRate") id: string, @Ctx() { em }: OrdersContext) {
    return withUserErrors(TaxErrorCode, async () => {
      await taxes.deleteRate(em, id);
      return { deletedId: toGlobalId("TaxRate", id) };
    });
  }
}
