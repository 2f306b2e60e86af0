import type { MessageProperties } from "amqplib";
import { ConfigError, type EnvReader } from "../config.js";
import { EVENT_PRODUCERS, type EventType } from "@shopgraph/kernel";

/** Producing service -> the AMQP user it publishes as (`EVENT_PUBLISHERS`). */
export type EventPublishers = Readonly<Record<string, string>>;

/**
 * Where a consumer that moved a message (to a retry or the dead-letter queue) records who had
 * published it: the copy's `user_id` is the consumer's own, as the broker allows no other.
 */
export const PUBLISHED_BY_HEADER = "x-published-by";

/** The user a connection to `amqpUrl` authenticates as (amqplib's default is guest). */
export function amqpUserOf(amqpUrl: string): string {
  const user = decodeURIComponent(new URL(amqpUrl).username);
  return user === "" ? "guest" : user;
}

/**
 * `EVENT_PUBLISHERS=users=users,orders=orders`: the AMQP user of each producing service. Unset,
 * every producer is taken to connect as this service does (one shared broker user, as in
 * development); set, it must name every producer of the catalogue.
 */
export function readEventPublishers(env: EnvReader, amqpUrl: string): EventPublishers {
  const producers = [...new Set(Object.values(EVENT_PRODUCERS))];
  const value = env.optional("EVENT_PUBLISHERS");
  if (value === undefined) return Object.fromEntries(producers.map((service) => [service, amqpUserOf(amqpUrl)]));
  const malformed = () =>
    new ConfigError(
      `EVENT_PUBLISHERS must map every producer (${producers.join(", ")}) to its AMQP user, as in ${producers.map((p) => `${p}=${p}`).join(",")}; got "${value}"`,
    );
  const publishers: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const match = /^\s*([\w-]+)\s*=\s*(\S+?)\s*$/.exec(pair);
    if (!match?.[1] || !match[2] || !producers.includes(match[1])) throw malformed();
    publishers[match[1]] = match[2];
  }
  if (producers.some((service) => publishers[service] === undefined)) throw malformed();
  return publishers;
}

/**
 * Why a delivered event may not be believed, or undefined when it may. RabbitMQ refuses a publish
 * whose `user_id` is not the publishing connection's user, so `user_id` names who really
 * published: it must be the AMQP user of the service the catalogue says produces the event. A
 * copy this consumer moved to a retry queue carries its own user and the original publisher in
 * PUBLISHED_BY_HEADER, which only it (or the producer) could have written.
 */
export function publisherProblem(
  type: EventType,
  properties: Pick<MessageProperties, "userId" | "headers">,
  publishers: EventPublishers,
  ownUser: string,
): string | undefined {
  const producer = EVENT_PRODUCERS[type];
  const expected = publishers[producer];
  const userId: unknown = properties.userId;
  if (typeof userId !== "string" || userId === "") return `${type} carries no user_id; only ${producer} publishes it`;
  if (userId === expected) return undefined;
  if (userId === ownUser && properties.headers?.[PUBLISHED_BY_HEADER] === expected) return undefined;
  return `${type} was published by AMQP user "${userId}"; only ${producer} ("${expected}") publishes it`;
}
