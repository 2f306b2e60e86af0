import { randomUUID } from "node:crypto";
import { reject, Rejection } from "@shopgraph/kernel";
import type { EntityManager } from "@shopgraph/subgraph";
import type { TaxErrorCode } from "../domain/errors.js";
import { checkTaxRate, type TaxRateInput } from "../domain/tax.js";
import { deleteTaxRate, findTaxRate, listTaxRates, upsertTaxRate, type TaxRateView } from "../store/tax-store.js";

export type { TaxRateView };

/** Tax rates per country and tax category: the admins' setup. */
export const taxes = {
  async setRate(em: EntityManager, input: TaxRateInput): Promise<TaxRateView> {
    const checked = checkTaxRate(input);
    if (!checked.ok) throw new Rejection(checked.problems);
    return upsertTaxRate(em, randomUUID(), checked.value);
  },

  async deleteRate(em: EntityManager, id: string): Promise<void> {
    if (!(await deleteTaxRate(em, id))) {
      reject<TaxErrorCode>("TAX_RATE_NOT_FOUND", "No tax rate has this id", ["id"]);
    }
  },

  rates: listTaxRates,
  rate: findTaxRate,
};
