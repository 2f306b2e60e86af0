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

/** Routing keys this subgraph consumes. */
export const NOTIFICATION_BINDINGS = ["user.*", "order.*"] as const;

export interface NotificationsOptions extends SubgraphOptions {
  /** Runs after the consumer committed an event, before it acks it (tests end the process there). */
  afterCommit?: (event: AnyEventEnvelope) => Promise<void> | void;
  /** Puts something between the dispatcher and the mail server (tests end the process after a send). */
  wrapTransport?: (transport: MailTransport) => MailTransport;
}

export interface RunningNotifications extends RunningSubgraph {
  orm: Orm;
  consumer: EventConsumer;
  dispatcher: MailDispatcher;
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
        handler: notificationsHandler(shop),
        afterCommit: async (event) => {
          dispatcher.wake();
          await options.afterCommit?.(event);
        },
      });
      // Its SMTP pool connects at the first send; what is left to undo is closing it.
      const mailTransport: Worker = {
        name: "mail transport",
        start: () => undefined,
        stop: async () => transport.close(),
      };
      return {
        schema: await buildNotificationsSchema(),
        workers: [...(mailSink ? [mailSink] : []), mailTransport, dispatcher, consumer],
        context: (base) => ({
          ...base,
          wakeDispatcher: () => dispatcher.wake(),
          mailSink,
          userPages: userPagesLoader(base.em),
          unreadCount: unreadCountLoader(base.em),
        }),
        expose: () => ({ orm, consumer, dispatcher, mailSink }),
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("notifications", readNotificationsConfig, startNotificationsSubgraph);
