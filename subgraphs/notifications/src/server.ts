import { type AnyEventEnvelope } from "@shopgraph/kernel";
import { EventConsumer } from "@shopgraph/messaging";
import { createLogger, type Worker } from "@shopgraph/platform";
import {
  runSubgraphMain,
  startSubgraph,
  type SubgraphOptions,
  type Orm,
  type RunningSubgraph,
} from "@shopgraph/subgraph";
import { readNotificationsConfig, type NotificationsConfig } from "./config.js";
import { entities } from "./entities/index.js";
import { notificationsHandler } from "./events/handler.js";
import type { NotificationsContext } from "./graphql/context.js";
import { unreadCountLoader, userPagesLoader } from "./graphql/loaders.js";
import { MailDispatcher } from "./app/mail-dispatcher.js";
import { MailSink } from "./adapters/mail-sink.js";
import { sinkTransport, smtpTransport, type MailTransport } from "./adapters/mail-transport.js";
import { migrations } from "./migrations/index.js";
import { buildNotificationsSchema } from "./schema.js";
import { WebhookDispatcher } from "./app/webhook-dispatcher.js";
import type { WebhookServices } from "./app/webhook-endpoints.js";
import { systemResolver, type HostResolver } from "./adapters/webhook-http.js";
import { SecretBox } from "./domain/secret-box.js";
import { WEBHOOK_BINDINGS, webhooksBatchHandler, webhooksHandler } from "./events/webhooks-handler.js";

/** Routing keys this subgraph consumes. */
export const NOTIFICATION_BINDINGS = ["user.*", "order.*"] as const;

export interface NotificationsOptions extends SubgraphOptions {
  /** Runs after the consumer committed an event, before it acks it (tests end the process there). */
  afterCommit?: (event: AnyEventEnvelope) => Promise<void> | void;
  /** Puts something between the dispatcher and the mail server (tests end the process after a send). */
  wrapTransport?: (transport: MailTransport) => MailTransport;
  /** Stands in for DNS when webhook URLs are checked and called (tests). */
  webhookResolver?: HostResolver;
  /** The webhook signature's clock and the retries' jitter (tests). */
  webhookClock?: { now?: () => number; random?: () => number };
}

export interface RunningNotifications extends RunningSubgraph {
  orm: Orm;
  consumer: EventConsumer;
  dispatcher: MailDispatcher;
  /** Records webhook deliveries from events, one event at a time, in publish order. */
  webhookConsumer: EventConsumer;
  webhookDispatcher: WebhookDispatcher;
  /** The embedded SMTP sink, when there is no SMTP_URL. */
  mailSink: MailSink | undefined;
}

export async function startNotificationsSubgraph(
  config: NotificationsConfig,
  options: NotificationsOptions = {},
): Promise<RunningNotifications> {
  const log = options.log ?? createLogger("notifications", config.logLevel);
  return startSubgraph<NotificationsContext, Omit<RunningNotifications, keyof RunningSubgraph>>({
    name: "notifications",
    config,
    log,
    database: { entities, migrations, onQuery: options.onQuery, poolSize: config.databasePoolSize },
    async build(orm, metrics) {
      const { mail, events } = config;
      const shop = { name: mail.shopName, url: mail.shopUrl };
      const mailSink = mail.smtpUrl ? undefined : new MailSink({ dir: mail.dir, port: mail.sinkPort, log });
      const transport = (options.wrapTransport ?? ((plain: MailTransport) => plain))(
        mailSink ? sinkTransport(mailSink, mail.connections) : smtpTransport(mail.smtpUrl ?? "", mail.connections),
      );
      const dispatcher = new MailDispatcher({ orm, transport, log, mail, shop, metrics });
      const consumer = new EventConsumer({
        exchange: events.exchange,
        queue: events.queue,
        bindings: NOTIFICATION_BINDINGS,
        retryDelaysMs: events.retryDelaysMs,
        prefetch: events.prefetch,
        amqpUrl: events.amqpUrl,
        publishers: events.publishers,
        orm,
        log,
        metrics,
        handler: notificationsHandler(shop, { confirmationHoldMs: mail.confirmationHoldMs }),
        afterCommit: async (event) => {
          dispatcher.wake();
          // A confirmation held by the handler falls due then.
          if (event.type === "order.placed") dispatcher.wakeAfter(mail.confirmationHoldMs);
          await options.afterCommit?.(event);
        },
      });
      const { webhooks } = config;
      const policy = { requireHttps: webhooks.requireHttps, allowPrivateNetworks: webhooks.allowPrivateNetworks };
      const resolver = options.webhookResolver ?? systemResolver;
      const secrets = SecretBox.fromKey(webhooks.secretKey);
      if (config.nodeEnv !== "test" && webhooks.allowPrivateNetworks) {
        log.warn("WEBHOOK_ALLOW_PRIVATE_NETWORKS: webhooks may be sent to loopback and private addresses");
      }
      const webhookDispatcher = new WebhookDispatcher({
        orm,
        log,
        policy,
        resolver,
        secrets,
        metrics,
        ...webhooks,
        ...options.webhookClock,
      });
      // Its own queue with one active consumer handling one event at a time: deliveries are recorded
      // in the order the producers published, which is the order each endpoint receives them.
      const webhookConsumer = new EventConsumer({
        exchange: events.exchange,
        queue: webhooks.queue,
        queueArguments: { "x-single-active-consumer": true },
        bindings: WEBHOOK_BINDINGS,
        retryDelaysMs: events.retryDelaysMs,
        prefetch: events.prefetch,
        ordered: true,
        amqpUrl: events.amqpUrl,
        publishers: events.publishers,
        orm,
        log,
        metrics,
        handler: webhooksHandler(webhooks.retryWindowMs),
        batchHandler: webhooksBatchHandler(webhooks.retryWindowMs),
        afterCommit: () => webhookDispatcher.wake(),
      });
      const webhookServices: WebhookServices = {
        policy,
        resolver,
        secrets,
        retryWindowMs: webhooks.retryWindowMs,
        wake: () => webhookDispatcher.wake(),
      };
      // Its SMTP pool connects at the first send; what is left to undo is closing it.
      const mailTransport: Worker = {
        name: "mail transport",
        start: () => undefined,
        stop: async () => transport.close(),
      };
      return {
        schema: await buildNotificationsSchema(),
        workers: [
          ...(mailSink ? [mailSink] : []),
          mailTransport,
          dispatcher,
          consumer,
          webhookDispatcher,
          webhookConsumer,
        ],
        context: (base) => ({
          ...base,
          wakeDispatcher: () => dispatcher.wake(),
          mailSink,
          userPages: userPagesLoader(base.em),
          unreadCount: unreadCountLoader(base.em),
          webhooks: webhookServices,
        }),
        expose: () => ({ orm, consumer, dispatcher, mailSink, webhookConsumer, webhookDispatcher }),
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("notifications", readNotificationsConfig, startNotificationsSubgraph);
