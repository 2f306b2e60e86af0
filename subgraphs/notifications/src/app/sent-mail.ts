import { pageSize } from "@shopgraph/common";
import type { SentMail } from "../adapters/mail-sink.js";

/** What can list the mail it received: the embedded SMTP sink. */
export interface Mailbox {
  list(first: number): Promise<SentMail[]>;
}

/** The newest messages first; null when mail goes to an SMTP server, which cannot be asked for them. */
export async function listSentMail(mailbox: Mailbox | undefined, first: number): Promise<SentMail[] | null> {
  return mailbox ? mailbox.list(pageSize(first)) : null;
}
