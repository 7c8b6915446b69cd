/**
 * Environment the panel reads (server side):
 *   MEDUSA_BACKEND_URL   the Medusa backend, default http://localhost:9000
 *   STOREFRONT_URL       the buyers' shop (receipt links sent to buyers), default http://localhost:8000
 *   NODE_ENV             "production" makes the session cookie Secure
 */
export const DEFAULT_BACKEND_URL = "http://localhost:9000"
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

type Env = Record<string, string | undefined>

export function getBackendUrl(env: Env = process.env): string {
  return (env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL).replace(/\/+$/, "")
}

/** The storefront's origin, for links the panel hands to buyers (a direct sale's receipt page). */
export function getStorefrontUrl(env: Env = process.env): string {
  return (env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL).replace(/\/+$/, "")
}
