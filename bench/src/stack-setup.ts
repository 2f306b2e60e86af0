import { generateKeyPairSync } from "node:crypto";
import { connect } from "amqplib";
import { deleteConsumerTopology } from "@shopgraph/platform";

/** A fresh ES256 key pair (PEM) per run: users signs access tokens with it, the rest verify. */
export function accessTokenKeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync("ec", {
    namedCurve: "P-256",
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
}

/** A consumer's queue in a run's topology, with the delays that name its retry queues. */
export interface RunQueue {
  queue: string;
  retryDelaysMs: readonly number[];
}

/** Removes a run's events exchange and its consumers' queues (retry and dead-letter queues included). */
export async function removeEventsTopology(amqpUrl: string, exchange: string, queues: RunQueue[]): Promise<void> {
  const broker = await connect(amqpUrl);
  try {
    const channel = await broker.createChannel();
    for (const { queue, retryDelaysMs } of queues) {
      await deleteConsumerTopology(channel, { queue, exchange, bindings: [], retryDelaysMs });
    }
    await channel.deleteExchange(exchange);
  } finally {
    await broker.close();
  }
}
