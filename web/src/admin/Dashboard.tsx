import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { SalesReportDocument } from "../gql/admin/graphql";
import { formatMoney, minorUnitsOf, type DecimalMoney } from "../lib/money";
import { BarList, SalesChart, type DayPoint } from "./SalesChart";

const RANGES = [7, 30, 90] as const;
const DAY_MS = 86_400_000;

/** [from, to) covering the last `days` UTC days, today included. */
export function lastDays(days: number, now = Date.now()): { from: string; to: string } {
  const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { from: new Date(tomorrow - days * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString() };
}

/** Every day of the range, with zero for the days the report has no sales. */
export function fillDays(
  from: string,
  to: string,
  days: readonly { date: string; orderCount: number; revenue: DecimalMoney }[],
): DayPoint[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const points: DayPoint[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    const day = byDate.get(date);
    points.push({ date, revenueCents: day ? minorUnitsOf(day.revenue) : 0, orderCount: day?.orderCount ?? 0 });
  }
  return points;
}

export function Dashboard() {
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const variables = useMemo(() => lastDays(range), [range]);
  const { data, error, loading, refetch } = useQuery(SalesReportDocument, {
    variables,
    fetchPolicy: "cache-and-network",
  });
  const report = data?.salesReport;

  return (
    <section aria-labelledby="dashboard-title">
      <div className="admin__toolbar">
        <h2 id="dashboard-title" className="admin__title">
          Sales
        </h2>
        <div className="segmented" role="group" aria-label="Period">
          {RANGES.map((days) => (
            <button key={days} type="button" aria-pressed={range === days} onClick={() => setRange(days)}>
              {days} days
            </button>
          ))}
        </div>
      </div>
      {error && !report ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !report ? (
        loading ? (
          <Spinner label="Loading the sales report" />
        ) : (
          <EmptyState title="No report" />
        )
      ) : (
        <>
          <dl className="kpis">
            <div className="kpi">
              <dt>Revenue</dt>
              <dd data-testid="kpi-revenue">{report.revenue.formatted}</dd>
            </div>
            <div className="kpi">
              <dt>Paid orders</dt>
              <dd>{report.orderCount}</dd>
            </div>
            <div className="kpi">
              <dt>Average order</dt>
              <dd>{report.averageOrderValue.formatted}</dd>
            </div>
          </dl>
          <div className="panel">
            <h3 className="panel__title">Revenue per day</h3>
            <SalesChart
              days={fillDays(report.from, report.to, report.days)}
              currency={report.currency}
              title="Revenue per day"
            />
          </div>
          <div className="dashboard__tops">
            <div className="panel">
              <h3 className="panel__title">Top products by revenue</h3>
              {report.topProductsByRevenue.length === 0 ? (
                <p className="muted">No sales in this period.</p>
              ) : (
                <BarList
                  label="Top products by revenue"
                  items={report.topProductsByRevenue.map((p) => ({
                    name: p.productName,
                    value: minorUnitsOf(p.revenue),
                  }))}
                  format={(cents) => formatMoney(cents, report.currency)}
                />
              )}
            </div>
            <div className="panel">
              <h3 className="panel__title">Top products by units</h3>
              {report.topProductsByUnits.length === 0 ? (
                <p className="muted">No sales in this period.</p>
              ) : (
                <BarList
                  label="Top products by units"
                  items={report.topProductsByUnits.map((p) => ({ name: p.productName, value: p.unitsSold }))}
                  format={(units) => `${units} sold`}
                />
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
