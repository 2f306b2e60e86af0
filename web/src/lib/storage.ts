/**
 * Web storage that never throws: private browsing modes and full quotas make it fail, and a
 * shop must keep working (with nothing remembered) when it does. Even reading the
 * `localStorage` property can throw (storage disabled), so the area is looked up on each use.
 */
function safeStorage(area: () => Storage | undefined) {
  return {
    get(key: string): string | null {
      try {
        return area()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key: string, value: string): void {
      try {
        area()?.setItem(key, value);
      } catch {
        // Not remembered; the in-memory state still works for this page.
      }
    },
    remove(key: string): void {
      try {
        area()?.removeItem(key);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}

/** Shared by the tabs of the shop and kept across visits. */
export const storage = safeStorage(() => globalThis.localStorage);

/** This tab's only, kept across reloads and gone when the tab closes. */
export const tabStorage = safeStorage(() => globalThis.sessionStorage);

/** Calls `listener` when another tab changes `key` (the storage event never fires in the tab that wrote). */
export function onStorageChange(key: string, listener: (value: string | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener(storage.get(key));
  };
  window.addEventListener("storage", handle);
  return () => window.removeEventListener("storage", handle);
}
