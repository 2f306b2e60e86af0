import { averageMinorUnits, DEFAULT_CURRENCY, isCurrencyCode, money, PartnerScope, Role } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { scope } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { salesReport, type ProductSales } from "../app/sales-report.js";
import type { OrdersContext } from "./context.js";
import { SalesReportType, type ProductSalesType } from "./report.types.js";

const MAX_DAYS = 366;
const MAX_TOP = 50;

function productSales(sales: ProductSales, currency: string): ProductSalesType {
  return {
    product: sales.productId ? { id: sales.productId } : null,
    productName: sales.productName,
    unitsSold: sales.unitsSold,
    revenue: money(sales.revenueMinorUnits, currency),
  };
}

@Resolver()
export class ReportResolver {
  @Authorized(Role.ADMIN, scope(PartnerScope.ORDERS_READ))
  @Query(() => SalesReportType, {
    description: `ADMIN (and apps with ORDERS_READ): paid orders in [from, to) in one currency, at most ${MAX_DAYS} days (BAD_USER_INPUT otherwise)`,
  })
  async salesReport(
    @Arg("from", { description: "Start of the period, inclusive (by when orders were paid)" }) from: Date,
    @Arg("to", { description: "End of the period, exclusive; after from" }) to: Date,
    @Arg("currency", () => String, {
      defaultValue: DEFAULT_CURRENCY,
      description: "ISO 4217 code: only orders in this currency are counted",
    })
    currency: string,
    @Arg("top", () => Int, { defaultValue: 10, description: `Products per top list, at most ${MAX_TOP}` }) top: number,
    @Ctx() { em }: OrdersContext,
  ): Promise<SalesReportType> {
    if (from >= to) throw badUserInput("from must be before to", "from");
    if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
      throw badUserInput(`The range is at most ${MAX_DAYS} days`, "to");
    }
    if (!isCurrencyCode(currency)) throw badUserInput("currency is an ISO 4217 code such as USD", "currency");
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw badUserInput(`top is 1 to ${MAX_TOP}`, "top");
    const report = await salesReport(em, { from, to, currency, top });
    return {
      from,
      to,
      currency,
      orderCount: report.orderCount,
      revenue: money(report.revenueMinorUnits, currency),
      tax: money(report.taxMinorUnits, currency),
      shipping: money(report.shippingMinorUnits, currency),
      discounts: money(report.discountMinorUnits, currency),
      averageOrderValue: money(averageMinorUnits(report.revenueMinorUnits, report.orderCount), currency),
      days: report.days.map((day) => ({
        date: day.date,
        orderCount: day.orderCount,
        revenue: money(day.revenueMinorUnits, currency),
      })),
      topProductsByUnits: report.topByUnits.map((sales) => productSales(sales, currency)),
      topProductsByRevenue: report.topByRevenue.map((sales) => productSales(sales, currency)),
    };
  }
}
