import { connect, type Channel, type ChannelModel, type ConfirmChannel } from "amqplib";
import { redactUrl, type Logger } from "../logger.js";

export interface AmqpLink {
  /** True while a connection is up and its setup has completed. */
  readonly connected: boolean;
  close(): Promise<void>;
}

export interface AmqpLinkOptions {
  url: string;
  log: Logger;
  /** Creates the channels and consumers of one connection; runs again after every reconnect. */
  setup(connection: ChannelModel): Promise<void>;
  /** The connection (and so every channel of it) is gone. */
  onDisconnect?(): void;
  maxReconnectDelayMs?: number;
}

/**
 * A connection that comes back: when the broker is down or drops us, it retries with growing
 * delays and runs `setup` again, so callers never hold a dead channel for long. Never throws at
 * start: a broker that is down delays messages, it does not stop the service.
 */
export async function openAmqpLink(options: AmqpLinkOptions): Promise<AmqpLink> {
  let connected = false;
  const where = redactUrl(options.url);
  const model = await connect(options.url, {
    recovery: {
      waitForConnect: false,
      initialDelay: 100,
      maxDelay: options.maxReconnectDelayMs ?? 5_000,
      setup: async (connection: ChannelModel) => {
        connection.on("error", (err: Error) => options.log.warn({ err }, "AMQP connection error"));
        await options.setup(connection);
        connected = true;
        options.log.info({ url: where }, "AMQP connected");
      },
    },
  });
  model.on("disconnect", (err: Error) => {
    connected = false;
    options.log.warn({ err: err.message, url: where }, "AMQP disconnected; reconnecting");
    options.onDisconnect?.();
  });
  model.on("reconnect-scheduled", ({ attempt, delay, error }) => {
    if (attempt === 1 || attempt % 10 === 0) {
      options.log.warn({ url: where, attempt, delay, err: error.message }, "AMQP unreachable; retrying");
    }
  });
  model.on("error", (err: Error) => options.log.warn({ err }, "AMQP error"));
  return {
    get connected() {
      return connected;
    },
    async close() {
      connected = false;
      await model.close();
    },
  };
}

/**
 * A channel error (say, a queue deleted under us) closes only the channel; closing the connection
 * turns it into a reconnect, which sets everything up again.
 */
export function reconnectWhenClosed(connection: ChannelModel, channel: Channel | ConfirmChannel, log: Logger): void {
  channel.on("error", (err: Error) => log.warn({ err }, "AMQP channel error"));
  channel.on("close", () => {
    connection.close().catch(() => undefined);
  });
}
