import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Logger, Worker } from "@shopgraph/platform";
import { SMTPServer } from "smtp-server";
import { bodyParts } from "./mail-body.js";
import { decodeEncodedWords, readHeaders } from "./mail-headers.js";

export interface SentMail {
  recipient: string;
  subject: string;
  /** The plain-text part (every message the shop sends has one); empty when a message has none. */
  text: string;
  receivedAt: Date;
  /** The .eml file the message is kept in. */
  file: string;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * A real SMTP server in this process, for when no SMTP_URL is configured: mail goes through the
 * same SMTP path as in production and lands as one .eml file per message (`<epoch ms>-<random>.eml`,
 * so names sort by arrival), readable by any mail client.
 */
export class MailSink implements Worker {
  readonly name = "mail sink";
  readonly dir: string;
  private server: SMTPServer | undefined;
  private listeningPort = 0;
  /** The Message-IDs of the messages kept in `dir`, by this process or an earlier one. */
  private readonly messageIds = new Set<string>();

  constructor(private readonly options: { dir: string; port: number; log: Logger }) {
    this.dir = options.dir;
  }

  /** The port it listens on, once started. */
  get port(): number {
    return this.listeningPort;
  }

  async start(): Promise<void> {
    const { options, messageIds } = this;
    await mkdir(options.dir, { recursive: true });
    for (const name of await messageFiles(options.dir)) {
      const messageId = readHeaders(await readStart(join(options.dir, name))).get("message-id")?.[0];
      if (messageId) messageIds.add(messageId);
    }
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      banner: "Shopgraph mail sink",
      size: MAX_MESSAGE_BYTES,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", callback);
        stream.on("end", () => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
            return;
          }
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          // What a delivering server adds: the envelope, which the headers may not tell.
          const envelope =
            `Return-Path: <${from}>\r\n` +
            session.envelope.rcptTo.map((rcpt) => `Delivered-To: ${rcpt.address}\r\n`).join("");
          const message = Buffer.concat(chunks);
          keep(options.dir, Buffer.concat([Buffer.from(envelope), message])).then(
            (file) => {
              const messageId = readHeaders(message.subarray(0, HEADER_BYTES).toString("utf8")).get("message-id")?.[0];
              if (messageId) messageIds.add(messageId);
              callback(null, `kept as ${file}`);
            },
            (err: Error) => {
              options.log.error({ err }, "mail sink could not write a message");
              callback(Object.assign(new Error("Cannot store the message now"), { responseCode: 451 }));
            },
          );
        });
      },
    });
    server.on("error", (err) => options.log.warn({ err }, "mail sink error"));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject);
      server.listen(options.port, "127.0.0.1", () => resolve());
    });
    this.listeningPort = (server.server.address() as AddressInfo).port;
    options.log.info(
      { smtp: `127.0.0.1:${this.port}`, dir: options.dir },
      `SMTP_URL is not set: mail goes to the embedded SMTP sink and is saved as .eml files in ${options.dir}`,
    );
  }

  /** Whether a message with this Message-ID is kept (the dispatcher asks before sending one again). */
  has(messageId: string): boolean {
    return this.messageIds.has(messageId);
  }

  /** The newest messages first. */
  async list(first: number): Promise<SentMail[]> {
    const names = await messageFiles(this.dir);
    names.sort().reverse();
    return Promise.all(
      names.slice(0, first).map(async (name) => {
        const file = join(this.dir, name);
        // Whole: the text part follows the headers (messages are at most MAX_MESSAGE_BYTES).
        const raw = await readFile(file, "utf8");
        const headers = readHeaders(raw);
        return {
          recipient: (headers.get("delivered-to") ?? []).join(", "),
          subject: decodeEncodedWords(headers.get("subject")?.[0] ?? ""),
          text: bodyParts(raw).get("text/plain") ?? "",
          receivedAt: new Date(Number(name.split("-")[0])),
          file,
        };
      }),
    );
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const HEADER_BYTES = 64 * 1024;

async function messageFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /^\d+-[0-9a-f]+\.eml$/.test(name));
}

/** The headers are at the start; a large message need not be read whole to list it. */
async function readStart(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEADER_BYTES), 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Written under a temporary name and renamed, so a reader never sees half a message. */
async function keep(dir: string, message: Buffer): Promise<string> {
  const name = `${Date.now()}-${randomBytes(6).toString("hex")}.eml`;
  const temporary = join(dir, `.${name}.tmp`);
  await writeFile(temporary, message);
  await rename(temporary, join(dir, name));
  return join(dir, name);
}
