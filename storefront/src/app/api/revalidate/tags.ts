import { createHash, timingSafeEqual } from "node:crypto"

/** At most this many tags per call; a tag is at most 256 characters (Next.js's limit). */
const MAX_TAGS = 500
const MAX_TAG_LENGTH = 256

/** Constant-time comparison of two secrets (their SHA-256 digests, so lengths leak nothing). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest()
  const b = createHash("sha256").update(expected).digest()
  return timingSafeEqual(a, b)
}

/** The tags of a request body `{ "tags": ["catalog", "product:jahe-instan"] }`, or the reason it is refused. */
export function parseTags(body: unknown): { tags: string[] } | { error: string } {
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0) return { error: "tags: send a non-empty array of cache tags" }
  if (tags.length > MAX_TAGS) return { error: `tags: at most ${MAX_TAGS} per call` }
  for (const tag of tags) {
    if (typeof tag !== "string" || tag.length === 0 || tag.length > MAX_TAG_LENGTH || /[\u0000-\u001f]/.test(tag)) {
      return { error: `tags: each tag is text of 1 to ${MAX_TAG_LENGTH} printable characters` }
    }
  }
  return { tags: [...new Set(tags as string[])] }
}

