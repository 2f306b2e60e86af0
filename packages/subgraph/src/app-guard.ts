import type { Viewer } from "@shopgraph/kernel";
import { forbidden } from "@shopgraph/platform";
import { getMetadataStorage } from "type-graphql";
import { isScopeMarker, scope } from "./auth.js";

type Resolve = (source: unknown, args: unknown, context: { viewer?: Viewer }, info: unknown) => unknown;

/**
 * A partner app may run a mutation only where `@Authorized` names one of its scopes: every other
 * mutation, the unguarded ones included (guest carts, register, login), is FORBIDDEN to it. The
 * authChecker sees only guarded fields, so the rest is wrapped here, in `resolvers` (type-graphql's
 * map of the schema), once for every subgraph.
 */
export function guardMutationsFromApps(resolvers: Record<string, Record<string, unknown>>): void {
  const mutations = resolvers["Mutation"];
  if (!mutations) return;
  const scopesOf = new Map<string, readonly string[]>();
  for (const definition of getMetadataStorage().mutations) {
    scopesOf.set(definition.schemaName, (definition.roles ?? []).filter(isScopeMarker) as string[]);
  }
  for (const [name, current] of Object.entries(mutations)) {
    if (typeof current !== "function") continue;
    const resolve = current as Resolve;
    const scopes = scopesOf.get(name) ?? [];
    mutations[name] = (source: unknown, args: unknown, context: { viewer?: Viewer }, info: unknown) => {
      const viewer = context.viewer;
      if (viewer?.kind === "app" && !viewer.scopes.some((granted) => scopes.includes(scope(granted)))) {
        throw forbidden("This app's scopes do not allow this mutation");
      }
      return resolve(source, args, context, info);
    };
  }
}
