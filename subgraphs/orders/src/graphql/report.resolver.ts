import { DEFAULT_CURRENCY, money, Role } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { AmountOverflowError, salesReport, type ProductSales } from "../app/sales-report.js";
import type { OrdersContext } from "./context.js";
import { SalesReportType, type ProductSalesType } from "./report.types.js";

const MAX_DAYS = 366;
const MAX_TOP = 50;

function productSales(sales: ProductSales, currency: string): ProductSalesType {
  return {
    product: sales.productId ? { id: sales.productId } : null,
    productName: sales.productName,
    unitsSold: sales.unitsSold,
    revenue: money(sales.revenueCents, currency),
  };
}

@Resolver()
export class ReportResolver {
  @Authorized(Role.ADMIN)
  @Query(() => SalesReportType, { description: `ADMIN: sales in [from, to), at most ${MAX_DAYS} days` })
  async salesReport(
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Arg("currency", () => String, { defaultValue: DEFAULT_CURRENCY }) currency: string,
    @Arg("top", () => Int, { defaultValue: 10, description: `Products per top list, at most ${MAX_TOP}` }) top: number,
    @Ctx() { em }: OrdersContext,
  ): Promise<SalesReportType> {
    if (from >= to) throw badUserInput("from must be before to", "from");
    if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
      throw badUserInput(`The range is at most ${MAX_DAYS} days`, "to");
    }
    if (!/^[A-Z]{3}$/.test(currency)) throw badUserInput("currency is an ISO 4217 code such as USD", "currency");
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw badUserInput(`top is 1 to ${MAX_TOP}`, "top");
    let report;
    try {
      report = await salesReport(em, { from, to, currency, top });
    } catch (error) {
      if (error instanceof AmountOverflowError) throw badUserInput(`${error.message}; report a shorter range`, "to");
      throw error;
    }
    return {
      from,
      to,
      currency,
      orderCount: report.orderCount,
      revenue: money(report.revenueCents, currency),
      averageOrderValue: money(report.orderCount ? Math.round(report.revenueCents / report.orderCount) : 0, currency),
      days: report.days.map((day) => ({
        date: day.date,
        orderCount: day.orderCount,
        revenue: money(day.revenueCents, currency),
      })),
      topProductsByUnits: report.topByUnits.map((sales) => productSales(sales, currency)),
      topProductsByRevenue: report.topByRevenue.map((sales) => productSales(sales, currency)),
    };
  }
}
