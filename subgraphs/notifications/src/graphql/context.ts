import type DataLoader from "dataloader";
import type { Page, SubgraphContext } from "@shopgraph/subgraph";
import type { Notification } from "../entities/index.js";
import type { MailSink } from "../mail/sink.js";
import type { UserPageArgs } from "./pages.js";

export interface NotificationsContext extends SubgraphContext {
  /** Sends what is due now, e.g. a notification an admin re-queued. */
  wakeDispatcher(): void;
  /** The embedded SMTP sink, when mail goes there (no SMTP_URL). */
  mailSink: MailSink | undefined;
  userPages(args: UserPageArgs): DataLoader<string, Page<Notification>>;
  unreadCount: DataLoader<string, number>;
}
