import DataLoader from "dataloader";

/**
 * A per-request DataLoader over a batch query that returns rows in any order: each key gets its
 * row, or null when there is none. One batch query however many keys a request resolves.
 */
export function keyedLoader<K, V>(
  loadMany: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const value of await loadMany(keys)) byKey.set(keyOf(value), value);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like `keyedLoader`, for one-to-many: each key gets all its rows, in query order. */
export function groupedLoader<K, V>(
  loadMany: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>();
    for (const value of await loadMany(keys)) {
      const key = keyOf(value);
      const group = byKey.get(key);
      if (group) group.push(value);
      else byKey.set(key, [value]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
