import type DataLoader from "dataloader";
import type { Page, SubgraphContext } from "@shopgraph/subgraph";
import type { Mailbox } from "../app/sent-mail.js";
import type { UserNotificationsArgs } from "../app/user-notifications.js";
import type { WebhookServices } from "../app/webhook-endpoints.js";
import type { Notification } from "../entities/index.js";

export interface NotificationsContext extends SubgraphContext {
  /** Sends what is due now, e.g. a notification an admin re-queued. */
  wakeDispatcher(): void;
  /** The embedded SMTP sink, when mail goes there (no SMTP_URL). */
  mailSink: Mailbox | undefined;
  userPages(args: UserNotificationsArgs): DataLoader<string, Page<Notification>>;
  unreadCount: DataLoader<string, number>;
  /** URL rules, DNS, the secret box and the webhook dispatcher's wake-up. */
  webhooks: WebhookServices;
}
