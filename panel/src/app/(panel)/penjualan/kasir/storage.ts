import { createStore, del, entries, get, set, type UseStore } from "idb-keyval"
import { memoryStore, type KeyValueStore } from "./queue"

/**
 * The till's storage on the device: IndexedDB through idb-keyval (one database, one object store,
 * keys by prefix: `queue:`, `sent:`, `catalog:`, `recent`, `venue`). IndexedDB survives reloads
 * and holds far more than localStorage, and idb-keyval is a tiny, well-kept wrapper around it.
 * Where the browser refuses IndexedDB the till falls back to memory (and says so).
 */
export const DB_NAME = "karya-binaan-kasir"
export const STORE_NAME = "kv"

function idbStore(store: UseStore): KeyValueStore {
  return {
    get: <T>(key: string) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async <T>(prefix: string) =>
      ((await entries<IDBValidKey, T>(store)) as [IDBValidKey, T][])
        .filter(([key]) => typeof key === "string" && key.startsWith(prefix))
        .map(([key, value]) => [key as string, value] as [string, T]),
  }
}

/** The device's store, or memory (persistent: false) when IndexedDB cannot be opened. */
export async function openTillStore(): Promise<{ store: KeyValueStore; persistent: boolean }> {
  if (typeof indexedDB === "undefined") return { store: memoryStore(), persistent: false }
  try {
    const store = idbStore(createStore(DB_NAME, STORE_NAME))
    await store.get("venue")
    return { store, persistent: true }
  } catch {
    return { store: memoryStore(), persistent: false }
  }
}
