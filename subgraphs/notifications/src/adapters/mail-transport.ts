import nodemailer, { type SendMailOptions } from "nodemailer";
import type { MailSink } from "./mail-sink.js";

/** What the dispatcher needs of nodemailer; tests and the bench may count or slow sends. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
  /**
   * Whether the server has already accepted the message with this Message-ID. Only the embedded
   * sink can tell; SMTP has no command to ask a server, so other transports leave it out.
   */
  accepted?(messageId: string): Promise<boolean>;
}

// A send must end well within the claim timeout, or another instance could take the row over.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A pool of SMTP connections to `url` (smtp:// or smtps://, credentials in the URL). */
export function smtpTransport(url: string, connections: number): MailTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
    ...TIMEOUTS,
  });
}

/**
 * The embedded sink on loopback: plain SMTP, no TLS to negotiate; it can say what it already has.
 * Made before the sink listens (both are workers of the subgraph), so its port is read at the first send.
 */
export function sinkTransport(sink: MailSink, connections: number): MailTransport {
  let pool: ReturnType<typeof nodemailer.createTransport> | undefined;
  const transport = () =>
    (pool ??= nodemailer.createTransport({
      host: "127.0.0.1",
      port: sink.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: connections,
      maxMessages: Infinity,
      ...TIMEOUTS,
    }));
  return {
    sendMail: (message) => transport().sendMail(message),
    close: () => pool?.close(),
    accepted: async (messageId) => sink.has(messageId),
  };
}
