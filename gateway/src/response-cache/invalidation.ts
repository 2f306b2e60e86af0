import type { AnyEventEnvelope, EventType } from "@shopgraph/kernel";
import type { Counter, Logger, Metrics } from "@shopgraph/platform";
import type { TaggedResponseStore } from "./store.js";
import { anyOf, entityTag, rootFieldTag } from "./tags.js";

/** The catalog events products publishes when what shoppers see of it changes. */
export const CATALOG_EVENTS = ["product.changed", "variant.changed", "stock.changed"] as const satisfies EventType[];

/** Searches: a change may add a product to a result, drop it, or move it (names, prices, status). */
const SEARCHES = rootFieldTag("products");
/** Suggestions name products and categories: only a product's own change (name, status) moves them. */
const SUGGESTIONS = rootFieldTag("searchSuggestions");

/**
 * What an event makes stale: every object it names (and so every answer showing an object of that
 * type without its id), and searches when it may change which products they hold. Stock changes
 * them only when a variant sells out or comes back (the `inStock` filter); other stock fields are
 * on the objects named. Search suggestions (names of products on sale and categories) go with a
 * product's change only.
 */
export function staleTags(event: AnyEventEnvelope): string[] {
  const objects: [type: string, id: string][] = [];
  let searches = true;
  let suggestions = false;
  switch (event.type) {
    case "product.changed":
      suggestions = true;
      objects.push(["Product", event.data.productId]);
      for (const id of event.data.variantIds) objects.push(["ProductVariant", id]);
      for (const id of event.data.categoryIds) objects.push(["Category", id]);
      break;
    case "variant.changed":
      objects.push(["ProductVariant", event.data.variantId], ["Product", event.data.productId]);
      break;
    case "stock.changed":
      for (const level of event.data.variants) {
        objects.push(["ProductVariant", level.variantId], ["Product", level.productId]);
      }
      searches = event.data.variants.some((level) => level.stock > 0 !== level.previousStock > 0);
      break;
    default:
      return [];
  }
  return [
    ...objects.map(([type, id]) => entityTag(type, id)),
    ...new Set(objects.map(([type]) => anyOf(type))),
    ...(searches ? [SEARCHES] : []),
    ...(suggestions ? [SUGGESTIONS] : []),
  ];
}

/** Purges the response cache on catalog events; idempotent, as a redelivered event purges nothing new. */
export function cacheInvalidation(store: TaggedResponseStore, log: Logger, metrics?: Metrics) {
  const purged: Counter<"event"> | undefined = metrics?.counter(
    "gateway_response_cache_purged_total",
    "Cached responses deleted because an event changed what they show",
    ["event"],
  );
  return {
    bindings: [...CATALOG_EVENTS],
    async handle(event: AnyEventEnvelope): Promise<void> {
      const tags = staleTags(event);
      if (tags.length === 0) return;
      const deleted = await store.purge(tags);
      purged?.inc({ event: event.type }, deleted);
      log.debug({ eventId: event.id, type: event.type, tags: tags.length, deleted }, "response cache purged");
    },
  };
}
