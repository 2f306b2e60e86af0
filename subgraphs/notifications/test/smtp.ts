import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { bodyParts } from "../src/adapters/mail-body.js";
import { decodeEncodedWords, readHeaders } from "../src/adapters/mail-headers.js";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  headers: Map<string, string[]>;
  text: string;
  html: string;
  raw: string;
  /** performance.now() when the server accepted the message (answered the end of DATA). */
  acceptedAt: number;
}

/** What the test server answers: accept everything, or refuse at RCPT TO or after DATA. */
export type SmtpMode = "accept" | "reject-rcpt" | "reject-data";

/**
 * A real SMTP server on a free port, standing in for the mail provider: it records every message
 * it accepts and can be told to refuse mail.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  private mode: SmtpMode = "accept";
  /** How many more messages `mode` applies to; then the server accepts again. */
  private remaining = Infinity;
  refused = 0;
  port = 0;
  /** Runs after a message is recorded here and before the server answers that it accepted it. */
  beforeAccepting: ((mail: ReceivedMail) => Promise<void>) | undefined;

  /** Refuses the next `times` messages (all of them by default) the way `mode` says. */
  refuse(mode: Exclude<SmtpMode, "accept">, times = Infinity): void {
    this.mode = mode;
    this.remaining = times;
  }

  accept(): void {
    this.mode = "accept";
  }

  private refusing(at: Exclude<SmtpMode, "accept">): boolean {
    if (this.mode !== at) return false;
    this.refused++;
    if (--this.remaining <= 0) this.mode = "accept";
    return true;
  }

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (this.refusing("reject-rcpt")) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (this.refusing("reject-data")) {
          callback(Object.assign(new Error("Message rejected"), { responseCode: 554 }));
          return;
        }
        const mail = parse(Buffer.concat(chunks).toString("utf8"), session.envelope);
        this.messages.push(mail);
        const accepting = this.beforeAccepting?.(mail) ?? Promise.resolve();
        accepting.then(() => callback(), callback);
      });
    },
  });

  static async start(): Promise<TestSmtpServer> {
    const instance = new TestSmtpServer();
    await new Promise<void>((resolve) => instance.server.listen(0, "127.0.0.1", () => resolve()));
    instance.port = (instance.server.server.address() as AddressInfo).port;
    return instance;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

type Envelope = { mailFrom: false | { address: string }; rcptTo: { address: string }[] };

function parse(raw: string, envelope: Envelope): ReceivedMail {
  const headers = readHeaders(raw);
  const parts = bodyParts(raw);
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : "",
    to: envelope.rcptTo.map((rcpt) => rcpt.address),
    subject: decodeEncodedWords(headers.get("subject")?.[0] ?? ""),
    headers,
    text: parts.get("text/plain") ?? "",
    html: parts.get("text/html") ?? "",
    raw,
    acceptedAt: performance.now(),
  };
}
