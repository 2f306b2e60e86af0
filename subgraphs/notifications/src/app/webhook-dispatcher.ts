import type { Counter, Histogram, Logger, Metrics } from "@shopgraph/platform";
import type { Orm } from "@shopgraph/subgraph";
import { postWebhook, WebhookConnections, type HostResolver } from "../adapters/webhook-http.js";
import { jitteredRetryDelayMs, retryDelayMs } from "../domain/backoff.js";
import type { SecretBox } from "../domain/secret-box.js";
import { SIGNATURE_HEADER, signatureHeader } from "../domain/webhook-signature.js";
import { checkWebhookUrl, type WebhookUrlPolicy } from "../domain/webhooks.js";
import { WebhookDeliveryStatus } from "../entities/index.js";
import {
  claimDueDeliveries,
  markAttemptFailed,
  markDelivered,
  releaseClaims,
  type AttemptOutcome,
  type ClaimedDelivery,
} from "../store/webhook-deliveries.js";
import { DueWorkLoop } from "./due-work-loop.js";

export interface WebhookDispatcherOptions {
  orm: Orm;
  log: Logger;
  policy: WebhookUrlPolicy;
  resolver: HostResolver;
  secrets: SecretBox;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Endpoints sent to at once (each one delivery at a time). */
  concurrency: number;
  claimTimeoutMs: number;
  pollIntervalMs: number;
  metrics?: Metrics;
  /** The signature's clock, in milliseconds (tests move it). */
  now?: () => number;
  /** Jitter's source of randomness (tests pin it). */
  random?: () => number;
}

/** Deliveries of one endpoint claimed together and sent one after another. */
const RUN_LENGTH = 50;

/**
 * POSTs PENDING webhook deliveries in per-endpoint FIFO order (store/webhook-deliveries.ts):
 * for up to `concurrency` endpoints at once, a run of each one's oldest deliveries, sent one after
 * another; the first that fails ends the run (the rest are released, to go after its retry). The URL is checked again before every
 * attempt (the rules may have changed since it was registered, and its name may resolve elsewhere
 * now). A 2xx is DELIVERED; anything else (another status, a refused or timed-out connection, a
 * refused address) is retried after an exponential delay with jitter until the delivery's retry
 * budget is spent, then FAILED, and the endpoint's next delivery goes.
 *
 * Woken in-process after the consumer commits deliveries and after every outcome, and by a poll as
 * a safety net; its work comes from the database, like the mail dispatcher's.
 */
export class WebhookDispatcher extends DueWorkLoop {
  readonly name = "webhook dispatcher";
  private readonly outcomes: Counter<"outcome"> | undefined;
  private readonly latency: Histogram<"outcome"> | undefined;

  /** Kept-alive connections per endpoint origin, each checked against the SSRF rules when it opens. */
  readonly connections: WebhookConnections;

  constructor(private readonly options: WebhookDispatcherOptions) {
    super(options.pollIntervalMs);
    this.connections = new WebhookConnections(options.resolver, options.policy.allowPrivateNetworks);
    this.outcomes = options.metrics?.counter(
      "webhook_deliveries_total",
      "Webhook attempts by outcome: delivered, retried (will try again) or failed (gave up)",
      ["outcome"],
    );
    this.latency = options.metrics?.histogram(
      "webhook_request_duration_seconds",
      "One webhook POST, from connecting to its response",
      ["outcome"],
    );
  }

  override async stop(): Promise<void> {
    await super.stop();
    this.connections.close();
  }

  protected async claimWhileDue(): Promise<void> {
    try {
      while (this.running) {
        const room = this.options.concurrency - this.sending.size;
        if (room <= 0) return;
        const claimed = await claimDueDeliveries(
          this.options.orm.em.fork(),
          { endpoints: room, perEndpoint: RUN_LENGTH },
          this.options.claimTimeoutMs,
        );
        const runs = Map.groupBy(claimed, (delivery) => delivery.endpointId);
        for (const run of runs.values()) {
          this.startSending(run.sort((a, b) => Number(BigInt(a.sequence) - BigInt(b.sequence))));
        }
        if (runs.size < room) return;
      }
    } catch (err) {
      // The database is unreachable: the deliveries stay PENDING and the next poll tries again.
      this.options.log.warn({ err }, "webhook dispatch failed; will retry");
    }
  }

  private startSending(run: ClaimedDelivery[]): void {
    const sending: Promise<void> = this.deliverRun(run)
      .catch((err: unknown) => {
        // Its outcomes could not be written: the claims run out and the deliveries are sent again.
        this.options.log.warn({ err, deliveryIds: run.map((d) => d.id) }, "could not record webhook outcomes");
      })
      .finally(() => {
        this.sending.delete(sending);
        // The endpoint's next deliveries, or the room this run left.
        this.wake();
      });
    this.sending.add(sending);
  }

  /** Sends a run in order until one fails; records the delivered ones in one statement. */
  private async deliverRun(run: ClaimedDelivery[]): Promise<void> {
    const delivered: { id: string; counted: boolean; outcome: AttemptOutcome }[] = [];
    let failed: { delivery: ClaimedDelivery; outcome: AttemptOutcome } | undefined;
    for (const delivery of run) {
      const outcome = await this.attempt(delivery);
      this.latency?.observe({ outcome: outcome.error === null ? "delivered" : "refused" }, outcome.latencyMs / 1000);
      if (outcome.error !== null) {
        failed = { delivery, outcome };
        break;
      }
      delivered.push({ id: delivery.id, counted: delivery.counted, outcome });
    }
    const em = this.options.orm.em.fork();
    await this.persistently(() => markDelivered(em, delivered));
    this.outcomes?.inc({ outcome: "delivered" }, delivered.length);
    if (!failed) return;
    await this.recordFailure(em, failed.delivery, failed.outcome);
    const unsent = run.slice(delivered.length + 1).map((delivery) => delivery.id);
    await this.persistently(() => releaseClaims(em, unsent));
  }

  /**
   * Writes an outcome, again after 100 ms, 200 ms ... when the database refuses it (restarting,
   * out of connections), up to 6 tries: an outcome never written leaves its deliveries claimed
   * until the claim times out, and they are then sent again.
   */
  private async persistently<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        if (attempt >= 6 || !this.running) throw err;
        this.options.log.warn({ err, attempt }, "could not record a webhook outcome; will retry");
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, 100, 2_000)));
      }
    }
  }

  private async recordFailure(
    em: ReturnType<Orm["em"]["fork"]>,
    delivery: ClaimedDelivery,
    outcome: AttemptOutcome,
  ): Promise<void> {
    const { retryBaseMs, retryMaxMs, random } = this.options;
    const delay = jitteredRetryDelayMs(delivery.attempts, retryBaseMs, retryMaxMs, random);
    const status = await this.persistently(() => markAttemptFailed(em, delivery.id, outcome, delay, delivery.counted));
    const context = { deliveryId: delivery.id, endpointId: delivery.endpointId, attempts: delivery.attempts };
    if (status === WebhookDeliveryStatus.FAILED) {
      this.outcomes?.inc({ outcome: "failed" });
      this.options.log.error({ ...context, err: outcome.error }, "webhook could not be delivered; FAILED");
      // The endpoint's next delivery may go now.
    } else if (status === WebhookDeliveryStatus.PENDING) {
      this.outcomes?.inc({ outcome: "retried" });
      this.options.log.warn({ ...context, err: outcome.error, retryInMs: delay }, "webhook not delivered; will retry");
      this.wakeAfter(delay);
    }
  }

  /** One POST; never throws: whatever went wrong is the attempt's outcome. */
  private async attempt(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const { policy, resolver, secrets, timeoutMs } = this.options;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const checked = checkWebhookUrl(delivery.url, policy);
    if (!checked.ok) {
      const reason = checked.problems.map((problem) => problem.message).join("; ");
      return { responseStatus: null, responseExcerpt: null, latencyMs: 0, error: `URL refused: ${reason}` };
    }
    try {
      const secret = secrets.open(delivery.sealedSecret, delivery.endpointId);
      const timestamp = Math.floor((this.options.now ?? Date.now)() / 1000);
      const response = await postWebhook({
        url: checked.url,
        body: delivery.body,
        timeoutMs,
        allowPrivate: policy.allowPrivateNetworks,
        resolver,
        connections: this.connections,
        headers: {
          "content-type": "application/json",
          "user-agent": "Shopgraph-Webhooks/1",
          "shopgraph-event-id": delivery.eventId,
          "shopgraph-event-type": delivery.eventType,
          "shopgraph-delivery-id": delivery.id,
          [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, delivery.body),
        },
      });
      const accepted = response.status >= 200 && response.status < 300;
      return {
        responseStatus: response.status,
        responseExcerpt: response.excerpt,
        latencyMs: elapsed(),
        error: accepted ? null : `the endpoint answered ${response.status}`,
      };
    } catch (err) {
      return {
        responseStatus: null,
        responseExcerpt: null,
        latencyMs: elapsed(),
        error: err instanceof Error ? err.message : String(err),
      };
    }
  }
}
