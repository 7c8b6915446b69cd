/**
 * Environment the storefront reads (server side):
 *   MEDUSA_BACKEND_URL                   Medusa backend, default http://localhost:9000
 *   NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY   store publishable API key (MEDUSA_PUBLISHABLE_KEY also accepted)
 */
export const DEFAULT_BACKEND_URL = "http://localhost:9000"

type Env = Record<string, string | undefined>

export function getBackendUrl(env: Env = process.env): string {
  return (env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL).replace(/\/+$/, "")
}

export function getPublishableKey(env: Env = process.env): string | undefined {
  return env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || env.MEDUSA_PUBLISHABLE_KEY || undefined
}
