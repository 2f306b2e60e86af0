/**
 * Shopgraph on Kubernetes, as typed objects: every object is a `kubernetes-models` class, so a
 * misspelt field or a wrong type fails `tsc`, and `validate()` checks each against the API's
 * OpenAPI schema. `npm run k8s` renders them to deploy/kubernetes/ (see render.ts).
 */
import { createHash } from "node:crypto";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Job } from "kubernetes-models/batch/v1/Job";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import { Namespace } from "kubernetes-models/v1/Namespace";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
import { Secret } from "kubernetes-models/v1/Secret";
import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";
import { Service } from "kubernetes-models/v1/Service";
import { GATEWAY_NODE_FLAGS } from "../processes.js";

/** What every `kubernetes-models` object offers. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string };
  toJSON(): unknown;
  /** Checks the object against the Kubernetes API's OpenAPI schema; throws what does not fit. */
  validate(): void;
}

export interface KubernetesOptions {
  namespace: string;
  /** Prefix of every image (`registry.example.com/shop`); the images are `<prefix>/<service>:<tag>`. */
  imageRegistry: string;
  /** The release: the images' tag, and the name of its migration Jobs (one run per release). */
  release: string;
  /** Where the external services live (ExternalName targets, e.g. CloudNativePG's `<cluster>-rw.<ns>.svc.cluster.local`). */
  postgresHost: string;
  rabbitmqHost: string;
  redisHost: string;
  /** The namespace Prometheus scrapes from: the only other source the subgraphs' ports accept. */
  monitoringNamespace: string;
  /** The shop's public address: pages' canonical URLs, the sitemap, and the links in e-mails. */
  shopUrl: string;
  /** schema/supergraph.graphql: the gateway reads it from a ConfigMap. */
  supergraphSdl: string;
}

export const DEFAULT_OPTIONS: Omit<KubernetesOptions, "supergraphSdl" | "release"> = {
  namespace: "shopgraph",
  imageRegistry: "shopgraph",
  postgresHost: "postgres.example.internal",
  rabbitmqHost: "rabbitmq.example.internal",
  redisHost: "redis.example.internal",
  monitoringNamespace: "monitoring",
  shopUrl: "https://shop.example.com",
};

type SubgraphName = "users" | "products" | "orders" | "notifications";

interface Component {
  name: "gateway" | SubgraphName;
  port: number;
  /** Replicas when there is no autoscaler; the autoscaler's minimum when there is. */
  replicas: number;
  autoscale?: { max: number };
  resources: IResourceRequirements;
  /** Env of this component only (besides the shared ConfigMap). */
  env: IEnvVar[];
  /** Its database (subgraphs): migrated by a Job per release. */
  database?: boolean;
}

const SHARED_SECRET = "shopgraph-shared";
const CONFIG = "shopgraph-config";
const SUPERGRAPH_CONFIG_MAP = "shopgraph-supergraph";
const SUPERGRAPH_DIR = "/etc/shopgraph";
/** What every pod of the release carries, and what the NetworkPolicies select on. */
const PART_OF = { "app.kubernetes.io/part-of": "shopgraph" };
/** The Dockerfile's `USER node`: numeric here, so that the kubelet can check runAsNonRoot. */
const NODE_UID = 1000;
/** Every container: not root, nothing to gain, nothing written but /tmp (an emptyDir where mounted). */
const RESTRICTED: ISecurityContext = {
  runAsNonRoot: true,
  runAsUser: NODE_UID,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ["ALL"] },
};
/**
 * Seconds a terminating pod keeps serving before SIGTERM, while Services and ingresses stop
 * sending it new connections; then the service drains (SHUTDOWN_DRAIN_MS, then in-flight requests).
 */
const PRE_STOP_SLEEP_SECONDS = 5;
/**
 * After SIGTERM: answers say `Connection: close` for this long, so keep-alive clients move on.
 * Longer than Node's keep-alive timeout (5 s): a connection idle through the whole drain has been
 * closed by its client (which honours the server's `Keep-Alive: timeout=5`) before the server
 * closes idle ones, so no request is sent on a connection being closed.
 */
const SHUTDOWN_DRAIN_MS = 6_000;
/** preStop + drain + the process's own stop limit (10 s: in-flight requests, websockets, workers), with room. */
const TERMINATION_GRACE_SECONDS = 30;

/** Where products keeps media on Kubernetes: the operator's bucket (README, Product media). */
const MEDIA_S3_KEYS = [
  "MEDIA_S3_BUCKET",
  "MEDIA_S3_REGION",
  "MEDIA_S3_ENDPOINT",
  "MEDIA_S3_ACCESS_KEY_ID",
  "MEDIA_S3_SECRET_ACCESS_KEY",
  "MEDIA_S3_FORCE_PATH_STYLE",
  "MEDIA_PUBLIC_BASE_URL",
];

function secretRef(secret: string, key: string, name = key): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

function ownSecret(name: string): string {
  return `shopgraph-${name}`;
}

function components(): Component[] {
  const small: IResourceRequirements = {
    requests: { cpu: "100m", memory: "192Mi" },
    limits: { cpu: "1", memory: "384Mi" },
  };
  return [
    {
      name: "gateway",
      port: 4000,
      replicas: 2,
      autoscale: { max: 10 },
      resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "2", memory: "768Mi" } },
      env: [
        { name: "SUPERGRAPH_PATH", value: `${SUPERGRAPH_DIR}/supergraph.graphql` },
        // The flags npm start and docker compose give the gateway.
        { name: "NODE_OPTIONS", value: GATEWAY_NODE_FLAGS.join(" ") },
        secretRef(SHARED_SECRET, "JWT_PUBLIC_KEY"),
        secretRef(SHARED_SECRET, "REQUEST_SIGNING_SECRET"),
        secretRef(ownSecret("gateway"), "AMQP_URL"),
        secretRef(ownSecret("gateway"), "REDIS_URL"),
        secretRef(ownSecret("gateway"), "METRICS_TOKEN"),
        { name: "EVENT_PUBLISHERS", value: "users=users,orders=orders,products=products" },
        // Clients reach the gateway through the cluster's ingress, which appends their address.
        { name: "TRUST_PROXY", value: "true" },
        // Kubernetes probes each subgraph: one down must not take every gateway out of its
        // Service (the gateway answers SERVICE_UNAVAILABLE for what needs it).
        { name: "READY_NEEDS_SUBGRAPHS", value: "false" },
        // Production's default, spelled out: browsers and anonymous callers run the shop's
        // persisted documents only; API clients with a token may send their own (README, OPERATIONS).
        { name: "OPERATIONS", value: "credentialed" },
      ],
    },
    {
      name: "users",
      port: 4001,
      replicas: 2,
      resources: { ...small, limits: { cpu: "1", memory: "512Mi" } },
      database: true,
      env: [
        secretRef(ownSecret("users"), "JWT_PRIVATE_KEY"),
        secretRef(ownSecret("users"), "ADMIN_EMAIL"),
        secretRef(ownSecret("users"), "ADMIN_PASSWORD"),
        secretRef(ownSecret("users"), "AMQP_URL"),
      ],
    },
    {
      name: "products",
      port: 4002,
      replicas: 2,
      // Resizing an upload into a dozen renditions (sharp) wants more than the other subgraphs.
      resources: { ...small, limits: { cpu: "1", memory: "768Mi" } },
      database: true,
      env: [
        secretRef(ownSecret("products"), "AMQP_URL"),
        // Replicas share no disk (and the root filesystem is read-only): media lives in a bucket.
        { name: "MEDIA_STORAGE", value: "s3" },
        ...MEDIA_S3_KEYS.map((key) => secretRef(ownSecret("products"), key)),
      ],
    },
    {
      name: "orders",
      port: 4003,
      replicas: 2,
      autoscale: { max: 6 },
      resources: small,
      database: true,
      env: [secretRef(ownSecret("orders"), "AMQP_URL")],
    },
    {
      name: "notifications",
      port: 4004,
      replicas: 2,
      resources: small,
      database: true,
      env: [
        secretRef(ownSecret("notifications"), "AMQP_URL"),
        secretRef(ownSecret("notifications"), "SMTP_URL"),
        secretRef(ownSecret("notifications"), "WEBHOOK_SECRET_KEY"),
      ],
    },
  ];
}

function labels(name: string) {
  return {
    "app.kubernetes.io/name": name,
    "app.kubernetes.io/component": name === "gateway" ? "gateway" : "subgraph",
    ...PART_OF,
  };
}

function selector(name: string) {
  return { "app.kubernetes.io/name": name, ...PART_OF };
}

function image(options: KubernetesOptions, name: string): string {
  return `${options.imageRegistry}/${name}:${options.release}`;
}

/** The env every subgraph reads (the database URL, the shared keys) besides its own. */
function subgraphEnv(name: SubgraphName): IEnvVar[] {
  return [
    secretRef(ownSecret(name), "DATABASE_URL", `${name.toUpperCase()}_DATABASE_URL`),
    secretRef(SHARED_SECRET, "JWT_PUBLIC_KEY"),
    secretRef(SHARED_SECRET, "SERVICE_TOKEN_SECRET"),
    secretRef(SHARED_SECRET, "REQUEST_SIGNING_SECRET"),
  ];
}

function container(options: KubernetesOptions, component: Component): IContainer {
  const env = [
    { name: "PORT", value: String(component.port) },
    ...(component.name === "gateway" ? [] : subgraphEnv(component.name)),
    ...component.env,
  ];
  return {
    name: component.name,
    image: image(options, component.name),
    ports: [{ name: "http", containerPort: component.port }],
    envFrom: [{ configMapRef: { name: CONFIG } }],
    env,
    resources: component.resources,
    // Up once the process listens (a start migrates nothing here: the Job did).
    startupProbe: { httpGet: { path: "/health", port: "http" }, periodSeconds: 2, failureThreshold: 60 },
    // /ready: the database for a subgraph; Redis for the gateway; 503 once draining.
    readinessProbe: {
      httpGet: { path: "/ready", port: "http" },
      periodSeconds: 5,
      timeoutSeconds: 3,
      failureThreshold: 2,
    },
    livenessProbe: {
      httpGet: { path: "/health", port: "http" },
      periodSeconds: 10,
      timeoutSeconds: 3,
      failureThreshold: 3,
    },
    lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SLEEP_SECONDS } } },
    securityContext: RESTRICTED,
    volumeMounts: [
      { name: "tmp", mountPath: "/tmp" },
      ...(component.name === "gateway" ? [{ name: "supergraph", mountPath: SUPERGRAPH_DIR, readOnly: true }] : []),
    ],
  };
}

function podSpec(options: KubernetesOptions, component: Component): IPodSpec {
  return {
    automountServiceAccountToken: false,
    terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
    containers: [container(options, component)],
    volumes: [
      { name: "tmp", emptyDir: {} },
      ...(component.name === "gateway" ? [{ name: "supergraph", configMap: { name: SUPERGRAPH_CONFIG_MAP } }] : []),
    ],
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: "kubernetes.io/hostname",
        whenUnsatisfiable: "ScheduleAnyway",
        labelSelector: { matchLabels: selector(component.name) },
      },
    ],
  };
}

function deployment(options: KubernetesOptions, component: Component): Deployment {
  const annotations: Record<string, string> = {
    "prometheus.io/scrape": "true",
    "prometheus.io/port": String(component.port),
    "prometheus.io/path": "/metrics",
  };
  // A new supergraph is a new pod template: the gateway rolls instead of serving the old one.
  if (component.name === "gateway") annotations["shopgraph.dev/supergraph-sha256"] = sha256(options.supergraphSdl);
  return new Deployment({
    metadata: { name: component.name, namespace: options.namespace, labels: labels(component.name) },
    spec: {
      // With an autoscaler it owns the count; a re-apply must not reset it.
      ...(component.autoscale ? {} : { replicas: component.replicas }),
      selector: { matchLabels: selector(component.name) },
      // A new pod is ready before an old one goes: capacity never drops during a rollout.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: labels(component.name), annotations },
        spec: podSpec(options, component),
      },
    },
  });
}

function service(options: KubernetesOptions, component: Component): Service {
  return new Service({
    metadata: { name: component.name, namespace: options.namespace, labels: labels(component.name) },
    spec: {
      selector: selector(component.name),
      ports: [{ name: "http", port: component.port, targetPort: "http" }],
    },
  });
}

function autoscaler(options: KubernetesOptions, component: Component & { autoscale: { max: number } }) {
  return new HorizontalPodAutoscaler({
    metadata: { name: component.name, namespace: options.namespace, labels: labels(component.name) },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: component.name },
      minReplicas: component.replicas,
      maxReplicas: component.autoscale.max,
      metrics: [
        { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } },
      ],
      // Scale down slowly: a websocket client of a removed gateway pod has to reconnect.
      behavior: {
        scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: "Pods", value: 1, periodSeconds: 60 }] },
      },
    },
  });
}

function disruptionBudget(options: KubernetesOptions, component: Component): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: { name: component.name, namespace: options.namespace, labels: labels(component.name) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selector(component.name) } },
  });
}

/** The release's migrations of one subgraph: its name carries the release, so each release runs it once. */
function migrationJob(options: KubernetesOptions, name: SubgraphName): Job {
  return new Job({
    metadata: {
      name: `${name}-migrate-${dnsLabel(options.release)}`,
      namespace: options.namespace,
      labels: { ...labels(name), "app.kubernetes.io/component": "migration" },
    },
    spec: {
      backoffLimit: 6,
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 86_400,
      template: {
        metadata: { labels: { ...PART_OF, "app.kubernetes.io/component": "migration" } },
        spec: {
          restartPolicy: "OnFailure",
          automountServiceAccountToken: false,
          containers: [
            {
              name: "migrate",
              image: image(options, name),
              command: ["node", "dist/migrate.js"],
              // Only the database's address: the migration needs none of the service's keys.
              env: [
                secretRef(ownSecret(name), "DATABASE_URL", `${name.toUpperCase()}_DATABASE_URL`),
                { name: "LOG_LEVEL", value: "info" },
              ],
              resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
              securityContext: RESTRICTED,
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: {} }],
        },
      },
    },
  });
}

function networkPolicies(options: KubernetesOptions, all: Component[]): NetworkPolicy[] {
  const namespace = options.namespace;
  const fromMonitoring = {
    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": options.monitoringNamespace } },
  };
  const from = (...names: string[]) => names.map((name) => ({ podSelector: { matchLabels: selector(name) } }));
  const callers: Record<SubgraphName, string[]> = {
    users: ["gateway"],
    // Orders prices carts and reserves stock at products.
    products: ["gateway", "orders"],
    orders: ["gateway"],
    notifications: ["gateway"],
  };
  return [
    new NetworkPolicy({
      metadata: { name: "default-deny-ingress", namespace, labels: PART_OF },
      spec: { podSelector: {}, policyTypes: ["Ingress"] },
    }),
    new NetworkPolicy({
      metadata: { name: "gateway", namespace, labels: labels("gateway") },
      spec: {
        podSelector: { matchLabels: selector("gateway") },
        policyTypes: ["Ingress"],
        // The public entry point: any source (the ingress controller, a load balancer).
        ingress: [{ ports: [{ port: "http" }] }],
      },
    }),
    ...all
      .filter((component): component is Component & { name: SubgraphName } => component.name !== "gateway")
      .map(
        (component) =>
          new NetworkPolicy({
            metadata: { name: component.name, namespace, labels: labels(component.name) },
            spec: {
              podSelector: { matchLabels: selector(component.name) },
              policyTypes: ["Ingress"],
              ingress: [{ from: [...from(...callers[component.name]), fromMonitoring], ports: [{ port: "http" }] }],
            },
          }),
      ),
  ];
}

/** Postgres, RabbitMQ and Redis run outside these manifests: each is a name in the namespace. */
function externalServices(options: KubernetesOptions): Service[] {
  const external = (name: string, host: string) =>
    new Service({
      metadata: { name, namespace: options.namespace, labels: PART_OF },
      spec: { type: "ExternalName", externalName: host },
    });
  return [
    external("postgres", options.postgresHost),
    external("rabbitmq", options.rabbitmqHost),
    external("redis", options.redisHost),
  ];
}

function config(options: KubernetesOptions): ConfigMap[] {
  return [
    new ConfigMap({
      metadata: { name: CONFIG, namespace: options.namespace, labels: PART_OF },
      data: {
        NODE_ENV: "production",
        // The gateway's pages and sitemap, and notifications' links, name the shop by this address.
        SHOP_URL: options.shopUrl,
        LOG_LEVEL: "info",
        HOST: "0.0.0.0",
        JWT_ISSUER: "shopgraph",
        EVENTS_EXCHANGE: "shop.events",
        // Replicas start only on a migrated database; the release's Jobs migrate it.
        MIGRATE_ON_START: "false",
        SHUTDOWN_DRAIN_MS: String(SHUTDOWN_DRAIN_MS),
        SEED_DEMO_CATALOG: "false",
        USERS_URL: "http://users:4001/graphql",
        PRODUCTS_URL: "http://products:4002/graphql",
        ORDERS_URL: "http://orders:4003/graphql",
        NOTIFICATIONS_URL: "http://notifications:4004/graphql",
        // orders: catalog and shipping prices are gross (tax included) or net (tax added at checkout).
        PRICES_INCLUDE_TAX: "true",
        OTEL_EXPORTER_OTLP_ENDPOINT: "",
        OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
        OTEL_TRACES_SAMPLER_ARG: "0.01",
      },
    }),
    new ConfigMap({
      metadata: { name: SUPERGRAPH_CONFIG_MAP, namespace: options.namespace, labels: labels("gateway") },
      data: { "supergraph.graphql": options.supergraphSdl },
    }),
  ];
}

/** Everything but the Secrets, in the order `kubectl apply -f` should create them. */
export function shopgraphManifests(options: KubernetesOptions): KubernetesObject[] {
  const all = components();
  return [
    new Namespace({ metadata: { name: options.namespace, labels: PART_OF } }),
    ...config(options),
    ...externalServices(options),
    ...all
      .filter((component) => component.database)
      .map((component) => migrationJob(options, component.name as SubgraphName)),
    ...all.flatMap((component) => [
      deployment(options, component),
      service(options, component),
      disruptionBudget(options, component),
      ...(component.autoscale ? [autoscaler(options, { ...component, autoscale: component.autoscale })] : []),
    ]),
    ...networkPolicies(options, all),
  ];
}

/** The keys each Secret holds: what an operator has to provide (see secretManifests). */
export const SECRET_KEYS: Record<string, string[]> = {
  [SHARED_SECRET]: ["JWT_PUBLIC_KEY", "SERVICE_TOKEN_SECRET", "REQUEST_SIGNING_SECRET"],
  [ownSecret("gateway")]: ["AMQP_URL", "REDIS_URL", "METRICS_TOKEN"],
  [ownSecret("users")]: ["DATABASE_URL", "JWT_PRIVATE_KEY", "ADMIN_EMAIL", "ADMIN_PASSWORD", "AMQP_URL"],
  [ownSecret("products")]: ["DATABASE_URL", "AMQP_URL", ...MEDIA_S3_KEYS],
  [ownSecret("orders")]: ["DATABASE_URL", "AMQP_URL"],
  [ownSecret("notifications")]: ["DATABASE_URL", "AMQP_URL", "SMTP_URL", "WEBHOOK_SECRET_KEY"],
};

/**
 * The Secrets, one per trust boundary (a service sees only its own and the shared keys), with the
 * values `valueOf` gives: placeholders for the committed example, or an operator's environment.
 */
export function secretManifests(namespace: string, valueOf: (secret: string, key: string) => string): Secret[] {
  return Object.entries(SECRET_KEYS).map(
    ([name, keys]) =>
      new Secret({
        metadata: { name, namespace, labels: PART_OF },
        type: "Opaque",
        stringData: Object.fromEntries(keys.map((key) => [key, valueOf(name, key)])),
      }),
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A release such as `1.4.0` or `v2` as part of a Job's name (lowercase, digits, dashes). */
export function dnsLabel(release: string): string {
  const label = release
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  if (!label) throw new Error(`release ${JSON.stringify(release)} has nothing to name a Job with`);
  return label;
}
