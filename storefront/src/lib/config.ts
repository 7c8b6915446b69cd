/**
 * Environment the storefront reads (server side):
 *   MEDUSA_BACKEND_URL                   Medusa backend, default http://localhost:9000
 *   NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY   store publishable API key (MEDUSA_PUBLISHABLE_KEY also accepted)
 *   STOREFRONT_URL                       public URL of this storefront (canonical links, sitemap, Open Graph),
 *                                        default http://localhost:8000
 */
export const DEFAULT_BACKEND_URL = "http://localhost:9000"
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

type Env = Record<string, string | undefined>

export function getBackendUrl(env: Env = process.env): string {
  return (env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL).replace(/\/+$/, "")
}

export function getPublishableKey(env: Env = process.env): string | undefined {
  return env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || env.MEDUSA_PUBLISHABLE_KEY || undefined
}

/** The storefront's public origin, without a trailing slash. Invalid values fall back to the default. */
export function getStorefrontUrl(env: Env = process.env): string {
  const raw = env.STOREFRONT_URL?.trim()
  if (raw) {
    try {
      const url = new URL(raw)
      if (url.protocol === "http:" || url.protocol === "https:") return url.toString().replace(/\/+$/, "")
    } catch {
      // fall through to the default
    }
  }
  return DEFAULT_STOREFRONT_URL
}
