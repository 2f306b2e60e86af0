import { intArray, query, sql, textArray, uuidArray, type EntityManager } from "@shopgraph/subgraph";
import { WebhookDelivery, type WebhookDeliveryStatus } from "../entities/index.js";

const ms = (value: number) => sql`${value} * interval '1 millisecond'`;

/**
 * Inside the consumer's transaction: for each event, one PENDING delivery per endpoint subscribed
 * to it whose app is known, enabled and not deleted. `(endpoint_id, event_id)` is unique, so an event
 * recorded again makes nothing. The app's projection row is share-locked: a concurrent disable
 * either commits first (and this sees it) or waits for this commit (and cancels what it wrote).
 */
export async function recordDeliveries(
  em: EntityManager,
  events: readonly { id: string; type: string; body: string }[],
  retryWindowMs: number,
): Promise<number> {
  if (events.length === 0) return 0;
  // In the events' order, then by endpoint: the sequence numbers follow it.
  const rows = await query<{ id: string }>(
    em,
    sql`insert into webhook_deliveries
          (id, endpoint_id, event_id, event_type, body, status, attempts, next_attempt_at, give_up_after, created_at)
        select gen_random_uuid(), endpoint.id, event.id, event.type, event.body, 'PENDING', 0, now(),
               now() + ${ms(retryWindowMs)}, now()
        from unnest(${uuidArray(events.map((event) => event.id))}, ${textArray(events.map((event) => event.type))},
                    ${textArray(events.map((event) => event.body))}) with ordinality as event(id, type, body, position)
        join webhook_endpoints endpoint on event.type = any(endpoint.events)
        join partner_app_projections app on app.id = endpoint.app_id and not app.disabled and not app.deleted
        order by event.position, endpoint.id
        for share of app
        on conflict (endpoint_id, event_id) do nothing
        returning id`,
  );
  return rows.length;
}

/** An app was disabled: what it had waiting is not sent (an admin may redeliver it later). */
export async function cancelPendingDeliveriesOfApp(em: EntityManager, appId: string, reason: string): Promise<void> {
  await query(
    em,
    sql`update webhook_deliveries set status = 'CANCELLED', last_error = ${reason}
        where status = 'PENDING' and endpoint_id in (select id from webhook_endpoints where app_id = ${appId})`,
  );
}

/** A claimed delivery, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  /** Its place in its endpoint's queue: a run is sent in this order. */
  sequence: string;
  eventId: string;
  eventType: string;
  body: string;
  /** Its attempts, this one included. */
  attempts: number;
  /**
   * Whether the claim already counted this attempt: the head of a run's was; the rest are
   * counted when their outcome is written (a run stopped by a failure leaves them uncounted).
   */
  counted: boolean;
  url: string;
  sealedSecret: string;
}

/**
 * Claims, for up to `endpoints` endpoints whose oldest PENDING delivery is due and whose app is
 * enabled, a run of their oldest PENDING deliveries (at most `perEndpoint` each; the head alone
 * when it is being retried), to be sent one after another in `sequence` order: per-endpoint FIFO, a later delivery never passes an earlier
 * one still being retried (the head of a retried queue is not due, so nothing of it is claimed).
 * The claim counts the head's attempt and pushes every claimed row's `next_attempt_at` out by the claim timeout, so another
 * instance takes neither these rows nor (their head not being due) anything after them; a claim
 * of an instance that died runs out and the run is taken over.
 *
 * Claims of all instances take turns (a transaction-scoped advisory lock), so each claim's
 * snapshot sees every earlier claim: otherwise two instances could each see an endpoint's head
 * due, one claim the head's run and the other the deliveries recorded after that run, and send
 * them at the same time.
 */
export function claimDueDeliveries(
  em: EntityManager,
  limits: { endpoints: number; perEndpoint: number },
  claimTimeoutMs: number,
): Promise<ClaimedDelivery[]> {
  return em.transactional(async (tx) => {
    await query(tx, sql`select pg_advisory_xact_lock(hashtext('webhook_deliveries.claim'))`);
    return claimRuns(tx, limits, claimTimeoutMs);
  });
}

async function claimRuns(
  em: EntityManager,
  limits: { endpoints: number; perEndpoint: number },
  claimTimeoutMs: number,
): Promise<ClaimedDelivery[]> {
  const rows = await query<{
    id: string;
    endpoint_id: string;
    sequence: string;
    event_id: string;
    event_type: string;
    body: string;
    attempts: number;
    counted: boolean;
    url: string;
    sealed_secret: string;
  }>(
    em,
    sql`with queued as (
          select id, endpoint_id, next_attempt_at,
                 row_number() over (partition by endpoint_id order by sequence) as position,
                 first_value(next_attempt_at) over (partition by endpoint_id order by sequence) as head_due,
                 first_value(attempts) over (partition by endpoint_id order by sequence) as head_attempts
          from webhook_deliveries where status = 'PENDING'),
        chosen as (
          select queued.endpoint_id from queued
          join webhook_endpoints endpoint on endpoint.id = queued.endpoint_id
          join partner_app_projections app
            on app.id = endpoint.app_id and not app.disabled and not app.deleted
          where queued.position = 1 and queued.head_due <= now()
          order by queued.head_due
          limit ${limits.endpoints}),
        picked as (
          select queued.id, queued.position from queued join chosen on chosen.endpoint_id = queued.endpoint_id
          -- A head being retried goes alone: its endpoint is failing, the rest would only come back.
          where queued.position <= case when queued.head_attempts > 0 then 1 else ${limits.perEndpoint} end
            and queued.next_attempt_at <= now())
        update webhook_deliveries delivery
        set attempts = delivery.attempts + case when picked.position = 1 then 1 else 0 end,
            last_attempt_at = case when picked.position = 1 then now() else delivery.last_attempt_at end,
            next_attempt_at = now() + ${ms(claimTimeoutMs)}
        from webhook_endpoints endpoint, picked
        where endpoint.id = delivery.endpoint_id and picked.id = delivery.id
          and delivery.status = 'PENDING' and delivery.next_attempt_at <= now()
        returning delivery.id, delivery.endpoint_id, delivery.sequence, delivery.event_id, delivery.event_type,
                  delivery.body, delivery.attempts, picked.position = 1 as counted, endpoint.url,
                  endpoint.sealed_secret`,
  );
  return rows.map((row) => ({
    id: row.id,
    endpointId: row.endpoint_id,
    sequence: String(row.sequence),
    eventId: row.event_id,
    eventType: row.event_type,
    body: row.body,
    attempts: row.counted ? row.attempts : row.attempts + 1,
    counted: row.counted,
    url: row.url,
    sealedSecret: row.sealed_secret,
  }));
}

/**
 * Claimed deliveries of a run that were not sent because one before them failed: due again at
 * once (behind that one, which is not); their claim was never counted as an attempt.
 */
export async function releaseClaims(em: EntityManager, deliveryIds: string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await query(
    em,
    sql`update webhook_deliveries set next_attempt_at = now()
        where id = any(${uuidArray(deliveryIds)}) and status = 'PENDING'`,
  );
}

/** What one attempt got back. */
export interface AttemptOutcome {
  responseStatus: number | null;
  responseExcerpt: string | null;
  latencyMs: number;
  /** Null when the endpoint accepted it (2xx). */
  error: string | null;
}

/** Deliveries the endpoint accepted (2xx), with what each attempt got back: one statement. */
export async function markDelivered(
  em: EntityManager,
  delivered: readonly { id: string; counted: boolean; outcome: AttemptOutcome }[],
): Promise<void> {
  if (delivered.length === 0) return;
  await query(
    em,
    sql`update webhook_deliveries delivery
        set status = 'DELIVERED', delivered_at = now(), last_error = null, response_status = outcome.status,
            response_excerpt = outcome.excerpt, latency_ms = outcome.latency,
            attempts = delivery.attempts + outcome.uncounted, last_attempt_at = now()
        from unnest(${uuidArray(delivered.map((d) => d.id))},
                    ${intArray(delivered.map((d) => d.outcome.responseStatus))},
                    ${textArray(delivered.map((d) => d.outcome.responseExcerpt))},
                    ${intArray(delivered.map((d) => d.outcome.latencyMs))},
                    ${intArray(delivered.map((d) => (d.counted ? 0 : 1)))})
             as outcome(id, status, excerpt, latency, uncounted)
        where delivery.id = outcome.id and delivery.status = 'PENDING'`,
  );
}

/**
 * A failed attempt: PENDING again after `retryInMs`, or FAILED once an attempt at or after its
 * `give_up_after` failed (the database's clock decides both). Returns the status now, undefined
 * when the delivery had moved on (deleted, cancelled).
 */
export async function markAttemptFailed(
  em: EntityManager,
  deliveryId: string,
  outcome: AttemptOutcome,
  retryInMs: number,
  counted: boolean,
): Promise<WebhookDeliveryStatus | undefined> {
  const [row] = await query<{ status: WebhookDeliveryStatus }>(
    em,
    sql`update webhook_deliveries
        set status = case when now() >= give_up_after then 'FAILED' else 'PENDING' end::webhook_delivery_status,
            next_attempt_at = now() + ${ms(retryInMs)}, last_error = ${(outcome.error ?? "").slice(0, 1_000)},
            response_status = ${outcome.responseStatus}, response_excerpt = ${outcome.responseExcerpt},
            latency_ms = ${outcome.latencyMs}, attempts = attempts + ${counted ? 0 : 1}, last_attempt_at = now()
        where id = ${deliveryId} and status = 'PENDING'
        returning status`,
  );
  return row?.status;
}

/**
 * An admin's redelivery: PENDING again with a fresh retry budget, at the back of its endpoint's
 * queue (a new sequence number), so it passes nothing already waiting. The same event id goes out.
 */
export async function requeueDelivery(
  em: EntityManager,
  deliveryId: string,
  retryWindowMs: number,
): Promise<WebhookDelivery | null> {
  const [row] = await query<Record<string, unknown>>(
    em,
    sql`update webhook_deliveries
        set status = 'PENDING', attempts = 0, next_attempt_at = now(), give_up_after = now() + ${ms(retryWindowMs)},
            sequence = nextval(pg_get_serial_sequence('webhook_deliveries', 'sequence')), last_error = null
        where id = ${deliveryId} and status <> 'PENDING'
        returning *`,
  );
  return row ? em.map(WebhookDelivery, row) : null;
}

export function findWebhookDelivery(em: EntityManager, id: string): Promise<WebhookDelivery | null> {
  return em.findOne(WebhookDelivery, id);
}

/** An endpoint's deliveries, newest first. */
export function listWebhookDeliveries(
  em: EntityManager,
  endpointId: string,
  limit: number,
): Promise<WebhookDelivery[]> {
  return em.find(WebhookDelivery, { endpointId }, { orderBy: { sequence: "desc" }, limit });
}
