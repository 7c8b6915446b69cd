/**
 * Tells the storefront which of its Next.js cache tags to revalidate after the catalogue read
 * model changed: POST STOREFRONT_REVALIDATE_URL with `{ tags }` and the shared secret
 * STOREFRONT_REVALIDATE_SECRET in the `x-revalidate-secret` header. Unset URL: nothing to do (a
 * backend without a storefront). A URL without a secret is a configuration error, reported as a
 * failure so it shows in the logs.
 */

const TIMEOUT_MS = 5_000

export async function revalidateStorefront(tags: string[]): Promise<{ ok: true } | { ok: false; reason: string }> {
  const url = process.env.STOREFRONT_REVALIDATE_URL
  if (!url || !tags.length) return { ok: true }
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!secret) return { ok: false, reason: "STOREFRONT_REVALIDATE_URL is set but STOREFRONT_REVALIDATE_SECRET is not" }
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) return { ok: false, reason: `${url} answered ${response.status}` }
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: `${url}: ${(error as Error).message}` }
  }
}
