import { randomUUID } from "node:crypto";
import { Entity, Enum, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { TaxCategory } from "../domain/tax.js";

/** A country's tax rate for one tax category (one per pair). */
@Entity({ tableName: "tax_rates" })
@Unique({ name: "tax_rates_country_category_unique", properties: ["country", "category"] })
export class TaxRate {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text" })
  country!: string;

  @Enum({ items: () => TaxCategory, nativeEnumName: "tax_category" })
  category!: TaxCategory;

  /** 1900 is 19%. */
  @Property({ type: "int" })
  rateBasisPoints!: number;
}
