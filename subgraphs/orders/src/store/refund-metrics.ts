import type { Metrics } from "@shopgraph/platform";
import { query, sql, type Orm } from "@shopgraph/subgraph";

/**
 * Refunds not yet given back, read when Prometheus scrapes. A refund is retried until the
 * provider takes it, however long that is; these say when one has been waiting too long (the
 * alert), since the shopper is owed money meanwhile.
 */
export function refundMetrics(metrics: Metrics, orm: Orm): void {
  metrics.gaugesReadOnScrape(
    "refunds",
    async () => {
      const [row] = await query<{ count: string; age: number | null }>(
        orm.em.fork(),
        sql`select count(*) as count, extract(epoch from now() - min(created_at)) as age
            from refunds where status <> 'SUCCEEDED'`,
      );
      return { count: Number(row?.count ?? 0), age: Number(row?.age ?? 0) };
    },
    {
      count: {
        name: "orders_refunds_unsettled",
        help: "Refunds of cancelled paid orders not yet taken by the provider",
      },
      age: {
        name: "orders_oldest_unsettled_refund_age_seconds",
        help: "Age of the oldest refund not yet taken by the provider (0 when none waits)",
      },
    },
  );
}
