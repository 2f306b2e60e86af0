import nodemailer, { type SendMailOptions } from "nodemailer";

/** What the dispatcher needs of nodemailer; tests and the bench may count or slow sends. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
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

/** The embedded sink on loopback: plain SMTP, no TLS to negotiate. */
export function sinkTransport(port: number, connections: number): MailTransport {
  return nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
    ...TIMEOUTS,
  });
}
