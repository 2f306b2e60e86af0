import type { MoneyValue } from "@shopgraph/kernel";
import { Money } from "@shopgraph/subgraph";
import { Field, Int, ObjectType } from "type-graphql";
import { ProductReference } from "./references.types.js";

@ObjectType("SalesDay", { description: "One UTC day of a sales report" })
export class SalesDayType {
  @Field({ description: "UTC day, YYYY-MM-DD" })
  date!: string;

  @Field(() => Int, { description: "Orders paid that day" })
  orderCount!: number;

  @Field(() => Money, { description: "Their totals added up" })
  revenue!: MoneyValue;
}

@ObjectType("ProductSales", { description: "What one product sold over a sales report's period" })
export class ProductSalesType {
  @Field(() => ProductReference, { nullable: true, description: "The product; null when the catalog no longer has it" })
  product!: ProductReference | null;

  @Field({ description: "As it was sold" })
  productName!: string;

  @Field(() => Int, { description: "Units sold across every variant" })
  unitsSold!: number;

  @Field(() => Money, { description: "What those units brought in" })
  revenue!: MoneyValue;
}

@ObjectType("SalesReport", {
  description: "Paid orders (PAID, SHIPPED, DELIVERED) in one currency, by the UTC day they were paid",
})
export class SalesReportType {
  @Field({ description: "Start of the period, inclusive, as asked" })
  from!: Date;

  @Field({ description: "End of the period, exclusive, as asked" })
  to!: Date;

  @Field({ description: "The ISO 4217 code every amount of the report is in" })
  currency!: string;

  @Field(() => Int, { description: "Orders paid in the period" })
  orderCount!: number;

  @Field(() => Money, { description: "Their totals added up (exact at any size)" })
  revenue!: MoneyValue;

  @Field(() => Money, {
    description: "The tax in those totals (included in or added to prices, as each order's pricesIncludeTax said)",
  })
  tax!: MoneyValue;

  @Field(() => Money, { description: "The shipping charged in those totals" })
  shipping!: MoneyValue;

  @Field(() => Money, { description: "The discounts the orders were given (coupons), already taken off their totals" })
  discounts!: MoneyValue;

  @Field(() => Money, { description: "revenue / orderCount, rounded to the minor unit; 0 without orders" })
  averageOrderValue!: MoneyValue;

  @Field(() => [SalesDayType], { description: "Every day of the range, days without sales included" })
  days!: SalesDayType[];

  @Field(() => [ProductSalesType], { description: "The `top` products that sold the most units, most first" })
  topProductsByUnits!: ProductSalesType[];

  @Field(() => [ProductSalesType], { description: "The `top` products that brought in the most, most first" })
  topProductsByRevenue!: ProductSalesType[];
}
