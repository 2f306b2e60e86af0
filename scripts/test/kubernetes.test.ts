import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { dnsLabel, SECRET_KEYS } from "../src/kubernetes/manifests.js";
import {
  defaultOptions,
  MANIFESTS_FILE,
  RENDERED_DIR,
  renderFiles,
  SECRETS_EXAMPLE_FILE,
  secretEnvName,
  secretsFromEnv,
} from "../src/kubernetes/render.js";
import { manifestProblems } from "../src/kubernetes/validate.js";
import { readSupergraphConfig, ROOT } from "../src/supergraph.js";

type Manifest = any;

function committed(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(RENDERED_DIR, file), "utf8"))
    .map((document) => document.toJS() as Manifest)
    .filter((object) => object !== null);
}

const manifests = committed(MANIFESTS_FILE);
const named = (kind: string, name: string) =>
  manifests.find((object) => object.kind === kind && object.metadata.name === name);
const subgraphs = readSupergraphConfig().subgraphs.map(({ name }) => name);
const deployments = manifests.filter((object) => object.kind === "Deployment");

describe("the committed Kubernetes manifests", () => {
  it("are what the source renders (else: npm run k8s)", () => {
    for (const [file, content] of renderFiles(defaultOptions())) {
      expect(readFileSync(join(RENDERED_DIR, file), "utf8"), `deploy/kubernetes/${file}`).toBe(content);
    }
  });

  it("fit the Kubernetes API, every object of both files", { timeout: 60_000 }, () => {
    const all = [...manifests, ...committed(SECRETS_EXAMPLE_FILE)];
    expect(all.length).toBeGreaterThan(30);
    expect(manifestProblems(all)).toEqual([]);
  });

  it(
    "would not pass a misspelt field, a wrong type, a missing required field or an unknown kind",
    {
      timeout: 60_000,
    },
    () => {
      const misspelt = structuredClone(named("Deployment", "orders"));
      misspelt.spec.template.spec.containers[0].readinessProb =
        misspelt.spec.template.spec.containers[0].readinessProbe;
      delete misspelt.spec.template.spec.containers[0].readinessProbe;
      const wrongType = structuredClone(named("HorizontalPodAutoscaler", "gateway"));
      wrongType.spec.maxReplicas = "10";
      const noSelector = structuredClone(named("PodDisruptionBudget", "users"));
      noSelector.spec.selector = { matchLabel: { app: "users" } };
      const noSelectorAtAll = structuredClone(named("Deployment", "users"));
      delete noSelectorAtAll.spec.selector;
      const badEnum = structuredClone(named("Service", "users"));
      badEnum.spec.ports[0].protocol = "HTTP";
      const problems = manifestProblems([
        misspelt,
        wrongType,
        noSelector,
        noSelectorAtAll,
        badEnum,
        { apiVersion: "v1", kind: "Pod" },
      ]);
      expect(problems.join("\n")).toMatch(/Deployment orders.*'"readinessProb"' does not exist in type 'IContainer'/);
      expect(problems.join("\n")).toMatch(/HorizontalPodAutoscaler gateway.*maxReplicas must be integer/);
      expect(problems.join("\n")).toMatch(/PodDisruptionBudget users.*'"matchLabel"' does not exist/);
      expect(problems.join("\n")).toMatch(/Deployment users.*must have required property selector/);
      expect(problems.join("\n")).toMatch(/Service users.*protocol must be equal to one of the allowed values/);
      expect(problems.join("\n")).toMatch(/Pod undefined.*not a kind these manifests use/);
    },
  );

  it("run the gateway and every subgraph with probes on their endpoints, resources and a graceful stop", () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(["gateway", ...subgraphs].sort());
    for (const deployment of deployments) {
      const pod = deployment.spec.template.spec;
      const [container] = pod.containers;
      expect(container.readinessProbe.httpGet.path, deployment.metadata.name).toBe("/ready");
      expect(container.livenessProbe.httpGet.path).toBe("/health");
      expect(Object.keys(container.resources.requests)).toEqual(["cpu", "memory"]);
      expect(Object.keys(container.resources.limits)).toEqual(["cpu", "memory"]);
      // preStop, the drain and the process's own 10 s stop limit end before the kubelet's SIGKILL.
      const config = named("ConfigMap", "shopgraph-config").data;
      const stop = container.lifecycle.preStop.sleep.seconds + Number(config.SHUTDOWN_DRAIN_MS) / 1000 + 10;
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(stop);
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
      expect(named("PodDisruptionBudget", deployment.metadata.name).spec.selector.matchLabels).toEqual(
        deployment.spec.selector.matchLabels,
      );
    }
    const autoscaled = manifests.filter((o) => o.kind === "HorizontalPodAutoscaler");
    expect(autoscaled.map((o) => o.spec.scaleTargetRef.name).sort()).toEqual(["gateway", "orders"]);
  });

  it("migrate each subgraph's database once per release with a Job, and the replicas do not migrate", () => {
    const { release } = defaultOptions();
    expect(named("ConfigMap", "shopgraph-config").data.MIGRATE_ON_START).toBe("false");
    for (const name of subgraphs) {
      const job = named("Job", `${name}-migrate-${dnsLabel(release)}`);
      const [container] = job.spec.template.spec.containers;
      expect(container.command).toEqual(["node", "dist/migrate.js"]);
      expect(container.image).toBe(named("Deployment", name).spec.template.spec.containers[0].image);
      expect(existsSync(join(ROOT, "subgraphs", name, "dist/migrate.js"))).toBe(true);
      // The migration sees the database and nothing else.
      expect(container.env.map((env: Manifest) => env.name).sort()).toEqual([
        "LOG_LEVEL",
        `${name.toUpperCase()}_DATABASE_URL`,
      ]);
    }
  });

  it("let only the gateway (and orders, for products) reach a subgraph", () => {
    const policies = manifests.filter((o) => o.kind === "NetworkPolicy");
    expect(named("NetworkPolicy", "default-deny-ingress").spec).toEqual({ podSelector: {}, policyTypes: ["Ingress"] });
    for (const name of subgraphs) {
      const policy = policies.find((p) => p.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === name);
      const pods = policy.spec.ingress[0].from
        .filter((peer: Manifest) => peer.podSelector)
        .map((peer: Manifest) => peer.podSelector.matchLabels["app.kubernetes.io/name"]);
      expect(pods, name).toEqual(name === "products" ? ["gateway", "orders"] : ["gateway"]);
    }
  });

  it("give the gateway the committed supergraph, and roll it when the supergraph changes", () => {
    const supergraph = readFileSync(join(ROOT, "schema/supergraph.graphql"), "utf8");
    expect(named("ConfigMap", "shopgraph-supergraph").data["supergraph.graphql"]).toBe(supergraph);
    const gateway = named("Deployment", "gateway").spec.template;
    const env = gateway.spec.containers[0].env.find((e: Manifest) => e.name === "SUPERGRAPH_PATH").value;
    const mount = gateway.spec.containers[0].volumeMounts.find((m: Manifest) => m.name === "supergraph").mountPath;
    expect(env).toBe(`${mount}/supergraph.graphql`);
    expect(gateway.metadata.annotations["shopgraph.dev/supergraph-sha256"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refer only to Secret keys that the Secrets hold, and commit no secret value", () => {
    for (const deployment of [...deployments, ...manifests.filter((o) => o.kind === "Job")]) {
      for (const container of deployment.spec.template.spec.containers) {
        for (const env of container.env ?? []) {
          const ref = env.valueFrom?.secretKeyRef;
          if (ref) expect(SECRET_KEYS[ref.name], `${ref.name}/${ref.key}`).toContain(ref.key);
        }
      }
    }
    expect(manifests.filter((o) => o.kind === "Secret")).toEqual([]);
    for (const secret of committed(SECRETS_EXAMPLE_FILE)) {
      for (const value of Object.values(secret.stringData)) expect(value).toMatch(/<[^>]+>/);
    }
  });

  it("render the Secrets from the environment, naming every variable that is missing", () => {
    const env = Object.fromEntries(
      Object.entries(SECRET_KEYS).flatMap(([secret, keys]) =>
        keys.map((key) => [secretEnvName(secret, key), `v-${key}`]),
      ),
    );
    const secrets = parseAllDocuments(secretsFromEnv("shop", env)).map((d) => d.toJS() as Manifest);
    expect(secrets.find((s) => s.metadata.name === "shopgraph-orders").stringData).toEqual({
      DATABASE_URL: "v-DATABASE_URL",
      AMQP_URL: "v-AMQP_URL",
    });
    expect(manifestProblems(secrets)).toEqual([]);
    const { ORDERS_DATABASE_URL: _, JWT_PRIVATE_KEY: __, ...partial } = env;
    expect(() => secretsFromEnv("shop", partial)).toThrow("set JWT_PRIVATE_KEY, ORDERS_DATABASE_URL to render");
  });
});
