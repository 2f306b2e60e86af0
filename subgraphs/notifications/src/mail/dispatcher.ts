import type { EntityManager, Logger, Orm } from "@shopgraph/common";
import type { MailConfig } from "../config.js";
import { retryDelayMs } from "../domain/backoff.js";
import { renderMail, type ShopInfo } from "../domain/templates.js";
import { Notification, NotificationStatus } from "../entities/index.js";
import type { MailTransport } from "./transport.js";

export interface MailDispatcherOptions {
  orm: Orm;
  transport: MailTransport;
  log: Logger;
  mail: MailConfig;
  shop: ShopInfo;
}

type Outcome = { notification: Notification; error: null } | { notification: Notification; error: string };

/**
 * Sends QUEUED notifications whose recipient is known. A batch is claimed with one UPDATE over
 * rows picked `FOR UPDATE SKIP LOCKED`, which counts the attempt and pushes `next_attempt_at`
 * out by the claim timeout: several instances never claim one row together, no transaction stays
 * open while SMTP talks, and a row claimed by an instance that died is taken over once its claim
 * times out. A failed send is retried after a growing delay, then the row is FAILED.
 *
 * Woken in-process right after a commit that queued mail, and by a poll as a safety net.
 */
export class MailDispatcher {
  private running = false;
  private draining: Promise<void> | undefined;
  private wakeRequested = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly messageIdDomain: string;

  constructor(private readonly options: MailDispatcherOptions) {
    this.messageIdDomain = /@([^\s>]+)/.exec(options.mail.from)?.[1] ?? "shopgraph.local";
  }

  start(): void {
    this.running = true;
    this.schedulePoll();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.pollTimer);
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    await this.idle();
  }

  /** Sends what is due now; calls while a round runs start one more round after it. */
  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      }
    });
  }

  /** Resolves once no round is running (tests and the bench wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.wake();
      if (this.running) this.schedulePoll();
    }, this.options.mail.pollIntervalMs);
    this.pollTimer.unref();
  }

  private wakeIn(delayMs: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.wake();
    }, delayMs);
    timer.unref();
    this.retryTimers.add(timer);
  }

  private async drain(): Promise<void> {
    try {
      while (this.running) {
        const claimed = await this.claim();
        if (claimed.length === 0) return;
        await this.record(await Promise.all(claimed.map((notification) => this.send(notification))));
        if (claimed.length < this.options.mail.batchSize) return;
      }
    } catch (err) {
      // The database is unreachable: the rows stay QUEUED and the next poll tries again.
      this.options.log.warn({ err }, "mail dispatch failed; will retry");
    }
  }

  /**
   * The dispatcher's own writes commit without waiting for the WAL flush: should Postgres crash
   * and lose one, a claim or a SENT mark is undone and the mail is sent again, which is what the
   * claim timeout does anyway. The event's notification itself is written by the consumer, durably.
   */
  private write<T>(statement: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.options.orm.em.fork().transactional(async (tx) => {
      await tx.execute("set local synchronous_commit = off");
      return statement(tx);
    });
  }

  private claim(): Promise<Notification[]> {
    return this.write(async (em) => {
      const rows = await em.execute(
        `update notifications set attempts = attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond'
         where id in (
           select id from notifications
           where status = 'QUEUED' and recipient is not null and next_attempt_at <= now()
           order by next_attempt_at limit ? for update skip locked)
         returning *`,
        [this.options.mail.claimTimeoutMs, this.options.mail.batchSize],
      );
      return rows.map((row) => em.map(Notification, row));
    });
  }

  private async send(notification: Notification): Promise<Outcome> {
    const { mail, shop, transport } = this.options;
    const message = renderMail(notification.payload, notification.recipientName, shop);
    try {
      await transport.sendMail({
        from: mail.from,
        to: { name: notification.recipientName ?? "", address: notification.recipient ?? "" },
        subject: notification.subject,
        text: message.text,
        html: message.html,
        // Stable across retries, so a receiver can recognise a message sent twice after a crash.
        messageId: `<${notification.id}@${this.messageIdDomain}>`,
        headers: { "X-Shopgraph-Notification": notification.id },
      });
      return { notification, error: null };
    } catch (err) {
      return { notification, error: err instanceof Error ? err.message : String(err) };
    }
  }

  private record(outcomes: Outcome[]): Promise<void> {
    return this.write((em) => this.recordIn(em, outcomes));
  }

  private async recordIn(em: EntityManager, outcomes: Outcome[]): Promise<void> {
    const sent = outcomes.filter((outcome) => outcome.error === null).map((outcome) => outcome.notification.id);
    if (sent.length > 0) {
      await em.execute(
        `update notifications set status = 'SENT', sent_at = now(), last_error = null
         where id in (?) and status = 'QUEUED'`,
        [sent],
      );
    }
    for (const { notification, error } of outcomes) {
      if (error === null) continue;
      const { maxAttempts, retryBaseMs, retryMaxMs } = this.options.mail;
      const final = notification.attempts >= maxAttempts;
      const delay = retryDelayMs(notification.attempts, retryBaseMs, retryMaxMs);
      await em.execute(
        `update notifications set status = ?, last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond'
         where id = ? and status = 'QUEUED'`,
        [final ? NotificationStatus.FAILED : NotificationStatus.QUEUED, error.slice(0, 1_000), delay, notification.id],
      );
      const context = { notificationId: notification.id, attempts: notification.attempts, err: error };
      if (final) {
        this.options.log.error(context, "mail could not be sent; notification FAILED");
      } else {
        this.options.log.warn({ ...context, retryInMs: delay }, "mail not sent; will retry");
        this.wakeIn(delay);
      }
    }
  }
}
