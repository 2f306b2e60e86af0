import { sumMinorUnits } from "@shopgraph/kernel";
import { joinSql, query, sql, type EntityManager } from "@shopgraph/subgraph";
import { SOLD_STATUSES } from "../domain/order-state.js";

export interface SalesDay {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  orderCount: number;
  /** Exact at any size: Postgres sums as numeric, and the total is a bigint sum of the days. */
  revenueMinorUnits: bigint;
  /** Of that revenue: the tax, the shipping charged; and the discounts given (not in revenue). */
  taxMinorUnits: bigint;
  shippingMinorUnits: bigint;
  discountMinorUnits: bigint;
}

export interface ProductSales {
  productId: string | null;
  productName: string;
  unitsSold: number;
  revenueMinorUnits: bigint;
}

export interface SalesReportData {
  days: SalesDay[];
  orderCount: number;
  revenueMinorUnits: bigint;
  taxMinorUnits: bigint;
  shippingMinorUnits: bigint;
  discountMinorUnits: bigint;
  topByUnits: ProductSales[];
  topByRevenue: ProductSales[];
}

export interface SalesReportRequest {
  from: Date;
  to: Date;
  currency: string;
  top: number;
}

/** Units sold are counts of items: a safe integer for any real shop (2^53), and checked. */
function toCount(value: string | number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} items is beyond a safe integer`);
  return number;
}

const SOLD = joinSql(
  [...SOLD_STATUSES].map((status) => sql`${status}`),
  ", ",
);

/**
 * Sales of paid orders (PAID, SHIPPED, DELIVERED; an order cancelled after payment is not a
 * sale) in one currency, by the UTC day they were paid, in [from, to). Two statements: the days
 * (every day of the range, empty ones included) and the products.
 */
export async function readSalesReport(em: EntityManager, request: SalesReportRequest): Promise<SalesReportData> {
  const { from, to, currency, top } = request;
  const [dayRows, productRows] = await Promise.all([
    query<{ date: string; orders: number; revenue: string; tax: string; shipping: string; discount: string }>(
      em,
      sql`with sold as (
         select date_trunc('day', paid_at at time zone 'UTC') as day, total_cents, tax_total_cents,
                shipping_total_cents, discount_total_cents
         from orders
         where status in (${SOLD}) and currency = ${currency} and paid_at >= ${from} and paid_at < ${to})
       select to_char(d.day, 'YYYY-MM-DD') as date, count(s.day)::int as orders,
              coalesce(sum(s.total_cents), 0)::numeric::text as revenue,
              coalesce(sum(s.tax_total_cents), 0)::numeric::text as tax,
              coalesce(sum(s.shipping_total_cents), 0)::numeric::text as shipping,
              coalesce(sum(s.discount_total_cents), 0)::numeric::text as discount
       from generate_series(date_trunc('day', ${from}::timestamptz at time zone 'UTC'),
                            (${to}::timestamptz - interval '1 microsecond') at time zone 'UTC',
                            interval '1 day') as d(day)
       left join sold s on s.day = d.day
       group by d.day
       order by d.day`,
    ),
    query<{
      product_id: string | null;
      product_name: string;
      units: string;
      revenue: string;
      by_units: string;
      by_revenue: string;
    }>(
      em,
      sql`select *
       from (
         select g.*,
                row_number() over (order by units desc, revenue desc, product_name) as by_units,
                row_number() over (order by revenue desc, units desc, product_name) as by_revenue
         from (
           select l.product_id, max(l.product_name) as product_name,
                  sum(l.quantity)::bigint as units, sum(l.line_total_cents)::numeric as revenue
           from order_lines l join orders o on o.id = l.order_id
           where o.status in (${SOLD}) and o.currency = ${currency} and o.paid_at >= ${from} and o.paid_at < ${to}
           group by l.product_id, case when l.product_id is null then l.product_name end
         ) g
       ) ranked
       where by_units <= ${top} or by_revenue <= ${top}`,
    ),
  ]);
  const days = dayRows.map((row) => ({
    date: row.date,
    orderCount: row.orders,
    revenueMinorUnits: BigInt(row.revenue),
    taxMinorUnits: BigInt(row.tax),
    shippingMinorUnits: BigInt(row.shipping),
    discountMinorUnits: BigInt(row.discount),
  }));
  const products = productRows.map((row) => ({
    sales: {
      productId: row.product_id,
      productName: row.product_name,
      unitsSold: toCount(row.units),
      revenueMinorUnits: BigInt(row.revenue),
    },
    byUnits: Number(row.by_units),
    byRevenue: Number(row.by_revenue),
  }));
  const ranked = (rank: "byUnits" | "byRevenue") =>
    products
      .filter((product) => product[rank] <= top)
      .sort((a, b) => a[rank] - b[rank])
      .map((product) => product.sales);
  return {
    days,
    orderCount: days.reduce((sum, day) => sum + day.orderCount, 0),
    revenueMinorUnits: sumMinorUnits(days.map((day) => day.revenueMinorUnits)),
    taxMinorUnits: sumMinorUnits(days.map((day) => day.taxMinorUnits)),
    shippingMinorUnits: sumMinorUnits(days.map((day) => day.shippingMinorUnits)),
    discountMinorUnits: sumMinorUnits(days.map((day) => day.discountMinorUnits)),
    topByUnits: ranked("byUnits"),
    topByRevenue: ranked("byRevenue"),
  };
}
