import "server-only"
import Medusa from "@medusajs/js-sdk"
import { getBackendUrl, getPublishableKey } from "../config"

let client: Medusa | undefined

/** The one Medusa JS SDK client of this server process, configured from the environment. */
export function getSdk(): Medusa {
  if (!client) {
    const publishableKey = getPublishableKey()
    if (!publishableKey && process.env.NODE_ENV !== "test") {
      console.warn(
        "[storefront] NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set; the Medusa store API will reject requests."
      )
    }
    client = new Medusa({
      baseUrl: getBackendUrl(),
      publishableKey,
      debug: false,
    })
  }
  return client
}

/**
 * Cache tags of the catalogue's answers in Next.js's data cache. The backend, after it changed the
 * catalogue read model, posts the tags to /api/revalidate (see app/api/revalidate/route.ts).
 */
export const CATALOG_TAG = "catalog"
export const productTag = (handle: string) => `product:${handle}`
export const lapasTag = (id: string) => `lapas:${id}`

/** Seconds after which tagged catalogue data is refetched even without a revalidation (a safety net). */
export const CATALOG_REVALIDATE_S = 300

/**
 * A store API GET kept in Next.js's data cache under `tags` until the backend revalidates one of
 * them (or CATALOG_REVALIDATE_S passed). Only for public catalogue data: never for a customer's.
 */
export function cachedStoreFetch<T>(
  path: string,
  { query, tags }: { query?: Record<string, string | number | string[]>; tags: string[] }
): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    query,
    cache: "force-cache",
    next: { tags, revalidate: CATALOG_REVALIDATE_S },
  } as Parameters<Medusa["client"]["fetch"]>[1])
}
