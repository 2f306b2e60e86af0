import type { EntityManager } from "@shopgraph/subgraph";
import { readSalesReport, type SalesReportData, type SalesReportRequest } from "../store/sales-report.js";

export { type ProductSales, type SalesReportData } from "../store/sales-report.js";

/** ADMIN's sales report: paid orders in one currency, by day and by product (see readSalesReport). */
export function salesReport(em: EntityManager, request: SalesReportRequest): Promise<SalesReportData> {
  return readSalesReport(em, request);
}
