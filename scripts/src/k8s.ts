/**
 * `npm run k8s`: renders the Kubernetes manifests into deploy/kubernetes/ (the committed files),
 * or, with options, for one cluster into another folder:
 *   npm run k8s -- --release 1.4.0 --image-registry registry.example.com/shop --out /tmp/shop
 *   npm run k8s -- --secrets-from-env | kubectl apply -f -
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { defaultOptions, RENDERED_DIR, renderFiles, secretsFromEnv } from "./kubernetes/render.js";
import { ROOT } from "./supergraph.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    namespace: { type: "string" },
    release: { type: "string" },
    "image-registry": { type: "string" },
    "postgres-host": { type: "string" },
    "rabbitmq-host": { type: "string" },
    "redis-host": { type: "string" },
    "monitoring-namespace": { type: "string" },
    "shop-url": { type: "string" },
    "secrets-from-env": { type: "boolean" },
  },
});

const defaults = defaultOptions();
const options = {
  ...defaults,
  namespace: values.namespace ?? defaults.namespace,
  release: values.release ?? defaults.release,
  imageRegistry: values["image-registry"] ?? defaults.imageRegistry,
  postgresHost: values["postgres-host"] ?? defaults.postgresHost,
  rabbitmqHost: values["rabbitmq-host"] ?? defaults.rabbitmqHost,
  redisHost: values["redis-host"] ?? defaults.redisHost,
  monitoringNamespace: values["monitoring-namespace"] ?? defaults.monitoringNamespace,
  shopUrl: values["shop-url"] ?? defaults.shopUrl,
};

if (values["secrets-from-env"]) {
  try {
    process.stdout.write(secretsFromEnv(options.namespace, process.env));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
} else {
  const out = values.out ?? RENDERED_DIR;
  await mkdir(out, { recursive: true });
  for (const [file, content] of renderFiles(options)) {
    await writeFile(join(out, file), content);
    console.log(`wrote ${relative(ROOT, join(out, file)) || join(out, file)}`);
  }
}
