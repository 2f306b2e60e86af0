import type { MoneyValue } from "@shopgraph/kernel";
import { Money } from "@shopgraph/subgraph";
import { Field, Int, ObjectType } from "type-graphql";
import { ProductReference } from "./references.types.js";

@ObjectType("SalesDay")
export class SalesDayType {
  @Field({ description: "UTC day, YYYY-MM-DD" })
  date!: string;

  @Field(() => Int)
  orderCount!: number;

  @Field(() => Money)
  revenue!: MoneyValue;
}

@ObjectType("ProductSales")
export class ProductSalesType {
  @Field(() => ProductReference, { nullable: true })
  product!: ProductReference | null;

  @Field({ description: "As it was sold" })
  productName!: string;

  @Field(() => Int)
  unitsSold!: number;

  @Field(() => Money)
  revenue!: MoneyValue;
}

@ObjectType("SalesReport", {
  description: "Paid orders (PAID, SHIPPED, DELIVERED) in one currency, by the UTC day they were paid",
})
export class SalesReportType {
  @Field()
  from!: Date;

  @Field({ description: "Exclusive" })
  to!: Date;

  @Field()
  currency!: string;

  @Field(() => Int)
  orderCount!: number;

  @Field(() => Money)
  revenue!: MoneyValue;

  @Field(() => Money, { description: "revenue / orderCount, rounded to the minor unit; 0 without orders" })
  averageOrderValue!: MoneyValue;

  @Field(() => [SalesDayType], { description: "Every day of the range, days without sales included" })
  days!: SalesDayType[];

  @Field(() => [ProductSalesType])
  topProductsByUnits!: ProductSalesType[];

  @Field(() => [ProductSalesType])
  topProductsByRevenue!: ProductSalesType[];
}
