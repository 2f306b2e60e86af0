import { randomUUID } from "node:crypto";
import { Role, toGlobalId, type EventCatalog } from "@shopgraph/kernel";
import { retryQueueName } from "@shopgraph/platform";
import { eventually, settled, testAccessToken, type GraphQLClient } from "@shopgraph/testing";
import { PartnerAppProjection } from "../src/entities/index.js";
import { envelope } from "./events.js";
import { startNotifications, type HarnessOptions, type NotificationsUnderTest } from "./harness.js";
import { WebhookReceiver } from "./receiver.js";

export const ADMIN = testAccessToken({ role: Role.ADMIN });

export const CREATE_ENDPOINT = `
  mutation Create($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint { id url events appId }
      secret
      userErrors { field code message }
    }
  }`;

export const DELIVERIES = `
  query Deliveries($endpointId: ID!, $first: Int) {
    webhookDeliveries(endpointId: $endpointId, first: $first) {
      id endpointId eventId eventType status attempts responseStatus responseExcerpt latencyMs lastError
      createdAt lastAttemptAt nextAttemptAt deliveredAt
    }
  }`;

export const REDELIVER = `
  mutation Redeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      delivery { id status attempts }
      userErrors { field code message }
    }
  }`;

export interface Delivery {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseExcerpt: string | null;
  latencyMs: number | null;
  lastError: string | null;
}

export interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

export interface CreatedEndpoint {
  endpoint: { id: string; url: string; events: string[]; appId: string } | null;
  secret: string | null;
  userErrors: UserError[];
}

/** The notifications subgraph with a webhook receiver, its webhook consumer connected. */
export interface WebhooksUnderTest {
  service: NotificationsUnderTest;
  receiver: WebhookReceiver;
  admin: GraphQLClient;
  /** A partner app the projection knows (through a published `partner_app.changed`). */
  app(change?: Partial<EventCatalog["partner_app.changed"]>): Promise<string>;
  changeApp(appId: string, change: Partial<EventCatalog["partner_app.changed"]>, occurredAt?: Date): Promise<void>;
  createEndpoint(input: { appId: string; url: string; events: string[] }): Promise<CreatedEndpoint>;
  /** Registers an endpoint that must be accepted; returns its global id and secret. */
  endpoint(appId: string, events: string[], url?: string): Promise<{ id: string; secret: string }>;
  deliveries(endpointId: string): Promise<Delivery[]>;
  /** Waits until every event published is recorded and nothing is being sent. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhooks(options: HarnessOptions = {}): Promise<WebhooksUnderTest> {
  const receiver = await WebhookReceiver.start();
  const service = await startNotifications(options);
  if (options.waitForBroker ?? true) await eventually(() => service.subgraph.webhookConsumer.connected);
  const admin = service.client(ADMIN);
  const { webhooks, events } = service.config;
  const changeApp = async (appId: string, change: Partial<EventCatalog["partner_app.changed"]>, occurredAt?: Date) => {
    await service.publish(
      envelope("partner_app.changed", { appId, name: "Acme", disabled: false, deleted: false, ...change }, occurredAt),
    );
  };
  const createEndpoint = async (input: { appId: string; url: string; events: string[] }) => {
    const response = await admin<{ createWebhookEndpoint: CreatedEndpoint }>(CREATE_ENDPOINT, {
      input: { ...input, appId: toGlobalId("PartnerApp", input.appId) },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createWebhookEndpoint;
  };
  return {
    service,
    receiver,
    admin,
    async app(change = {}) {
      const appId = randomUUID();
      await changeApp(appId, change);
      await eventually(
        async () => (await service.subgraph.orm.em.fork().findOne(PartnerAppProjection, appId)) !== null,
      );
      return appId;
    },
    changeApp,
    createEndpoint,
    async endpoint(appId, subscribed, url = receiver.url) {
      const created = await createEndpoint({ appId, url, events: subscribed });
      if (!created.endpoint || !created.secret) throw new Error(JSON.stringify(created.userErrors));
      return { id: created.endpoint.id, secret: created.secret };
    },
    async deliveries(endpointId) {
      const response = await admin<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { endpointId, first: 100 });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.webhookDeliveries;
    },
    async settle() {
      await settled({
        queues: [webhooks.queue, ...events.retryDelaysMs.map((_, i) => retryQueueName(webhooks.queue, i + 1))],
        workers: [service.subgraph.webhookConsumer, service.subgraph.webhookDispatcher],
      });
    },
    async close() {
      await service.close();
      await receiver.close();
    },
  };
}
