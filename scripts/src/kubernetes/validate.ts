/**
 * Checks plain manifests (parsed YAML) against the Kubernetes API, offline, in two passes:
 * - each object's `kubernetes-models` class validates it against the API's OpenAPI schema (types,
 *   required fields, enums, formats), which lets fields it does not know pass;
 * - the TypeScript compiler checks each object as a literal of the class's interface, which refuses
 *   a field the API does not have (a misspelt `readinessProb`) as well as a wrong type.
 */
import { join } from "node:path";
import ts from "typescript";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Job } from "kubernetes-models/batch/v1/Job";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ROOT } from "../supergraph.js";
import type { KubernetesObject } from "./manifests.js";

interface Kind {
  model: new (data: never) => KubernetesObject;
  /** The module of its interface, `I<kind>`. */
  module: string;
}

/** The kinds Shopgraph's manifests use; any other is refused rather than passed unchecked. */
const KINDS: Record<string, Kind> = {
  "apps/v1/Deployment": { model: Deployment, module: "kubernetes-models/apps/v1/Deployment" },
  "autoscaling/v2/HorizontalPodAutoscaler": {
    model: HorizontalPodAutoscaler,
    module: "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  },
  "batch/v1/Job": { model: Job, module: "kubernetes-models/batch/v1/Job" },
  "networking.k8s.io/v1/NetworkPolicy": {
    model: NetworkPolicy,
    module: "kubernetes-models/networking.k8s.io/v1/NetworkPolicy",
  },
  "policy/v1/PodDisruptionBudget": {
    model: PodDisruptionBudget,
    module: "kubernetes-models/policy/v1/PodDisruptionBudget",
  },
  "v1/ConfigMap": { model: ConfigMap, module: "kubernetes-models/v1/ConfigMap" },
  "v1/Namespace": { model: Namespace, module: "kubernetes-models/v1/Namespace" },
  "v1/Secret": { model: Secret, module: "kubernetes-models/v1/Secret" },
  "v1/Service": { model: Service, module: "kubernetes-models/v1/Service" },
};

/** The checked file lives among the sources, so that `kubernetes-models` resolves from it. */
const CHECKED_FILE = join(ROOT, "scripts/src/kubernetes/__manifests-under-check__.ts");

function describe(object: unknown, index: number): string {
  const { kind, metadata } = (object ?? {}) as { kind?: unknown; metadata?: { name?: unknown } };
  return `object ${index + 1} (${String(kind)} ${String(metadata?.name)})`;
}

/** Every problem of every object, each naming the object; none when all fit the API. */
export function manifestProblems(objects: unknown[]): string[] {
  const problems: string[] = [];
  const typed: { index: number; kind: Kind; object: unknown }[] = [];
  objects.forEach((object, index) => {
    const { apiVersion, kind } = (object ?? {}) as { apiVersion?: unknown; kind?: unknown };
    const known = KINDS[`${String(apiVersion)}/${String(kind)}`];
    if (!known) {
      problems.push(
        `${describe(object, index)}: ${String(apiVersion)} ${String(kind)} is not a kind these manifests use`,
      );
      return;
    }
    try {
      new known.model(object as never).validate();
    } catch (error) {
      problems.push(`${describe(object, index)}: ${(error as Error).message}`);
    }
    typed.push({ index, kind: known, object });
  });
  return [...problems, ...unknownFieldProblems(typed, objects)];
}

function unknownFieldProblems(typed: { index: number; kind: Kind; object: unknown }[], objects: unknown[]): string[] {
  const modules = [...new Set(typed.map(({ kind }) => kind.module))];
  const interfaceOf = (module: string) => `I${module.split("/").pop() ?? ""}`;
  const lines: string[] = modules.map(
    (module, i) => `import type { ${interfaceOf(module)} as T${i} } from "${module}";`,
  );
  /** Line where each object's literal starts, to name the object a diagnostic is about. */
  const starts: { line: number; index: number }[] = [];
  for (const { index, kind, object } of typed) {
    starts.push({ line: lines.length, index });
    const literal = JSON.stringify(object, null, 1).split("\n");
    lines.push(
      `export const object${index}: T${modules.indexOf(kind.module)} = ${literal[0] ?? ""}`,
      ...literal.slice(1),
    );
  }
  const source = lines.join("\n") + "\n";
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => file === CHECKED_FILE || ts.sys.fileExists(file);
  host.readFile = (file) => (file === CHECKED_FILE ? source : readFile(file));
  host.getSourceFile = (file, language, ...rest) =>
    file === CHECKED_FILE ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([CHECKED_FILE], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file?.fileName !== CHECKED_FILE || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const owner = starts.filter((start) => start.line <= line).pop();
    const where = owner ? describe(objects[owner.index], owner.index) : "the manifests";
    return `${where}: ${diagnostic.file.text.split("\n")[line]?.trim() ?? ""}: ${message.split("\n")[0] ?? message}`;
  });
}
