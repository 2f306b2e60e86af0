/**
 * localStorage that never throws: private browsing modes and full quotas make it fail, and a
 * shop must keep working (with nothing remembered) when it does.
 */
export const storage = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Not remembered; the in-memory state still works for this page.
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

/** Calls `listener` when another tab changes `key` (the storage event never fires in the tab that wrote). */
export function onStorageChange(key: string, listener: (value: string | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener(storage.get(key));
  };
  window.addEventListener("storage", handle);
  return () => window.removeEventListener("storage", handle);
}
