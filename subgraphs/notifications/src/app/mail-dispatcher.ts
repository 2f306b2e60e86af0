import {
  accountTokenSealContext,
  contextFrom,
  inSpan,
  openToken,
  orderLinkToken,
  SpanKind,
  SpanStatusCode,
  type Counter,
  type Logger,
  type Metrics,
} from "@shopgraph/platform";
import type { Orm } from "@shopgraph/subgraph";
import type { MailTransport } from "../adapters/mail-transport.js";
import type { MailConfig } from "../config.js";
import { retryDelayMs } from "../domain/backoff.js";
import { guestOrderOf, mailedTokenOf, type NotificationPayload } from "../domain/notifications.js";
import { guestOrderLink, renderMail, type ShopInfo } from "../domain/templates.js";
import { NotificationStatus, type Notification } from "../entities/index.js";
import { claimDueMail, markMailRefused, markMailSent } from "../store/mail-queue.js";
import { DueWorkLoop } from "./due-work-loop.js";

export interface MailDispatcherOptions {
  orm: Orm;
  transport: MailTransport;
  log: Logger;
  mail: MailConfig;
  shop: ShopInfo;
  /** Mail sent, refused for a retry and failed for good, for /metrics. */
  metrics?: Metrics;
}

/** Not on the way to the mail: a SENT mark a little later costs nothing but saves statements. */
const RECORD_DELAY_MS = 20;

type Outcome = { notification: Notification; error: null } | { notification: Notification; error: string };

/**
 * Sends QUEUED notifications whose recipient is known. Rows are claimed with one UPDATE over rows
 * picked `FOR UPDATE SKIP LOCKED`, which counts the attempt and pushes `next_attempt_at` out by
 * the claim timeout: several instances never claim one row together, no transaction stays open
 * while SMTP talks, and a row claimed by an instance that died is taken over once its claim times
 * out. A failed send is retried after a growing delay, then the row is FAILED.
 *
 * Woken in-process right after a commit that queued mail (the consumer's, or an admin's retry), and
 * by a poll as a safety net: its work comes from the database, not from the broker, which is why it
 * is a use case here rather than an event worker. Sends are a pipeline: up to `batchSize` in flight, new rows claimed as soon as they are due and there
 * is room, outcomes written in batches as sends finish.
 */
export class MailDispatcher extends DueWorkLoop {
  readonly name = "mail dispatcher";
  private finished: Outcome[] = [];
  /** Failed attempts in a row to write outcomes. */
  private recordFailures = 0;
  /** Notifications SMTP accepted whose SENT mark is not written yet. */
  private readonly acceptedUnrecorded = new Set<string>();
  private recording: Promise<void> | undefined;
  private readonly messageIdDomain: string;

  private readonly mailCount: Counter<"outcome"> | undefined;

  constructor(private readonly options: MailDispatcherOptions) {
    super(options.mail.pollIntervalMs);
    this.messageIdDomain = /@([^\s>]+)/.exec(options.mail.from)?.[1] ?? "shopgraph.local";
    this.mailCount = options.metrics?.counter(
      "mail_messages_total",
      "Mail by outcome: sent, retried (refused, queued again) or failed (refused for good)",
      ["outcome"],
    );
  }

  protected override otherWork(): Promise<void> | undefined {
    return this.recording;
  }

  protected async claimWhileDue(): Promise<void> {
    try {
      while (this.running) {
        const room = this.options.mail.batchSize - this.sending.size;
        if (room <= 0) {
          await Promise.race(this.sending);
          continue;
        }
        const claimed = await this.claim(room);
        for (const notification of claimed) {
          // Its claim timed out while its outcome waited to be written: SMTP has it already.
          if (!this.acceptedUnrecorded.has(notification.id)) this.startSending(notification);
        }
        if (claimed.length < room) return;
      }
    } catch (err) {
      // The database is unreachable: the rows stay QUEUED and the next poll tries again.
      this.options.log.warn({ err }, "mail dispatch failed; will retry");
    }
  }

  private startSending(notification: Notification): void {
    const sending: Promise<void> = this.send(notification).then((outcome) => {
      this.sending.delete(sending);
      if (outcome.error === null) this.acceptedUnrecorded.add(notification.id);
      this.finished.push(outcome);
      this.recordFinished();
    });
    this.sending.add(sending);
  }

  /**
   * Writes the outcomes of finished sends, a few milliseconds late so that sends finishing close
   * together share one statement; those that finish while it runs go in the next batch.
   */
  private recordFinished(): void {
    if (this.recording || this.finished.length === 0) return;
    const delay = this.recordFailures === 0 ? RECORD_DELAY_MS : retryDelayMs(this.recordFailures, 100, 5_000);
    this.recording = new Promise((resolve) => setTimeout(resolve, delay))
      .then(async () => {
        const outcomes = this.finished;
        this.finished = [];
        try {
          await this.record(outcomes);
          this.recordFailures = 0;
          for (const { notification } of outcomes) this.acceptedUnrecorded.delete(notification.id);
        } catch (err) {
          this.recordFailures++;
          if (this.running) {
            // Kept and written again (the database restarting, say): dropped, the rows would be
            // claimed again once their claim times out, and mail SMTP accepted would go twice.
            this.options.log.warn({ err, outcomes: outcomes.length }, "could not record mail outcomes; will retry");
            this.finished = [...outcomes, ...this.finished];
          } else {
            this.options.log.error(
              { err, notificationIds: outcomes.map((outcome) => outcome.notification.id) },
              "stopping with mail outcomes unrecorded; these are sent again once their claim times out",
            );
          }
        }
      })
      .finally(() => {
        this.recording = undefined;
        this.recordFinished();
      });
  }

  private claim(limit: number): Promise<Notification[]> {
    return claimDueMail(this.options.orm.em.fork(), limit, this.options.mail.claimTimeoutMs);
  }

  /** One SMTP send, as a CLIENT span in the trace of the event that queued the mail. */
  private send(notification: Notification): Promise<Outcome> {
    return inSpan(
      "send mail",
      {
        kind: SpanKind.CLIENT,
        parent: contextFrom(notification.traceContext),
        attributes: { "shopgraph.notification.id": notification.id, "shopgraph.notification.kind": notification.kind },
      },
      async (span) => {
        const outcome = await this.sendOnce(notification);
        if (outcome.error) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
        return outcome;
      },
    );
  }

  private async sendOnce(notification: Notification): Promise<Outcome> {
    const { mail, shop, transport } = this.options;
    const messageId = `<${notification.id}@${this.messageIdDomain}>`;
    try {
      // Claimed before, it may have been sent by a process that died before writing SENT.
      if (notification.attempts > 1 && (await transport.accepted?.(messageId))) return { notification, error: null };
      const message = renderMail(
        notification.payload,
        notification.recipientName,
        shop,
        this.tokenOf(notification.payload),
        this.guestLinkOf(notification.payload),
      );
      await transport.sendMail({
        from: mail.from,
        to: { name: notification.recipientName ?? "", address: notification.recipient ?? "" },
        subject: notification.subject,
        text: message.text,
        html: message.html,
        // Stable across retries, so a receiver can recognise a message sent twice after a crash.
        messageId,
        headers: { "X-Shopgraph-Notification": notification.id },
      });
      return { notification, error: null };
    } catch (err) {
      return { notification, error: err instanceof Error ? err.message : String(err) };
    }
  }

  /**
   * The clear token of an account mail, opened only here, for the message: never stored, never
   * logged. One that does not open (users and notifications disagree on MAIL_TOKEN_SECRET) fails
   * the send, so it is retried and then FAILED with this reason.
   */
  private tokenOf(payload: NotificationPayload): string | undefined {
    const mailed = mailedTokenOf(payload);
    if (!mailed) return undefined;
    const token = openToken(
      this.options.mail.tokenKey,
      mailed.sealed,
      accountTokenSealContext(mailed.purpose, mailed.userId),
    );
    if (token === undefined)
      throw new Error("the mail's token does not open: is MAIL_TOKEN_SECRET the same as users'?");
    return token;
  }

  /** The link to a guest's order, for mail about one: made here from its id, never stored or logged. */
  private guestLinkOf(payload: NotificationPayload): string | undefined {
    const orderId = guestOrderOf(payload);
    return orderId === undefined
      ? undefined
      : guestOrderLink(this.options.shop, orderLinkToken(this.options.mail.orderLinkKey, orderId));
  }

  private async record(outcomes: Outcome[]): Promise<void> {
    const em = this.options.orm.em.fork();
    const sent = outcomes.filter((outcome) => outcome.error === null).map((outcome) => outcome.notification.id);
    if (sent.length > 0) await markMailSent(em, sent);
    this.mailCount?.inc({ outcome: "sent" }, sent.length);
    for (const { notification, error } of outcomes) {
      if (error === null) continue;
      const { maxAttempts, retryBaseMs, retryMaxMs } = this.options.mail;
      const final = notification.attempts >= maxAttempts;
      const delay = retryDelayMs(notification.attempts, retryBaseMs, retryMaxMs);
      const status = final ? NotificationStatus.FAILED : NotificationStatus.QUEUED;
      await markMailRefused(em, notification.id, { status, error, retryInMs: delay });
      this.mailCount?.inc({ outcome: final ? "failed" : "retried" });
      const context = { notificationId: notification.id, attempts: notification.attempts, err: error };
      if (final) {
        this.options.log.error(context, "mail could not be sent; notification FAILED");
      } else {
        this.options.log.warn({ ...context, retryInMs: delay }, "mail not sent; will retry");
        this.wakeAfter(delay);
      }
    }
  }
}
