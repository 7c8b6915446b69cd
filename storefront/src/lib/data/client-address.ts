import "server-only"
import { headers } from "next/headers"

/**
 * The X-Forwarded-For this server received, to pass on to the backend's rate-limited routes
 * (login, password reset, order lookup, checkout completion, transfer notices, the search log), so the backend counts each visitor
 * apart rather than this server as one client. Next.js sets it to the connection's address when
 * the visitor sent none and keeps one the visitor sent, so it is only trustworthy behind a proxy
 * that sets it, and the backend uses it only from addresses in TRUSTED_PROXIES (README, Security).
 * Outside a request (build, tests) there is nothing to pass on.
 */
export async function clientAddressHeaders(): Promise<Record<string, string>> {
  try {
    const forwardedFor = (await headers()).get("x-forwarded-for")
    return forwardedFor ? { "x-forwarded-for": forwardedFor } : {}
  } catch {
    return {}
  }
}
