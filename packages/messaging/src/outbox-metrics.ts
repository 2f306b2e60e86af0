import type { Metrics } from "@shopgraph/platform";
import { identifier, query, sql, type Orm } from "@shopgraph/subgraph";
import { OUTBOX_TABLE } from "./outbox.js";

/**
 * What waits in a service's outbox, read when Prometheus scrapes: how many events are not
 * published yet, and how long ago the oldest of them happened (the alert: events stuck because
 * the broker or the relay is down).
 */
export function outboxMetrics(metrics: Metrics, orm: Orm): { published(count: number): void } {
  metrics.gaugesReadOnScrape(
    "outbox",
    async () => {
      const [row] = await query<{ unpublished: string; age: number | null }>(
        orm.em.fork(),
        sql`select count(*) as unpublished,
                   extract(epoch from now() - min((envelope ->> 'occurredAt')::timestamptz)) as age
            from ${identifier(OUTBOX_TABLE)} where published_at is null`,
      );
      return { unpublished: Number(row?.unpublished ?? 0), age: Number(row?.age ?? 0) };
    },
    {
      unpublished: {
        name: "outbox_events_unpublished",
        help: "Events in the outbox not yet published to the broker",
      },
      age: {
        name: "outbox_oldest_unpublished_age_seconds",
        help: "Age of the oldest event not yet published (0 when none waits)",
      },
    },
  );
  const published = metrics.counter("outbox_events_published_total", "Events the relay published (broker-confirmed)");
  return { published: (count) => published.inc(count) };
}
