import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { parseTags, sameSecret } from "./tags"

export const dynamic = "force-dynamic"

const NO_STORE = { "Cache-Control": "no-store" }

/**
 * `POST /api/revalidate` with `{ tags }` and the header `x-revalidate-secret`: the backend tells
 * the storefront which cached catalogue data changed (tags of src/lib/data/sdk.ts). Each tag
 * expires at once, so the next page view reads the backend afresh. The secret is
 * STOREFRONT_REVALIDATE_SECRET; without it the endpoint refuses everything (503), a wrong or
 * missing secret is a 401.
 */
export async function POST(request: NextRequest) {
  const expected = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!expected) {
    return NextResponse.json(
      { message: "Revalidation is off: STOREFRONT_REVALIDATE_SECRET is not set on the storefront." },
      { status: 503, headers: NO_STORE }
    )
  }
  const given = request.headers.get("x-revalidate-secret") ?? ""
  if (!given || !sameSecret(given, expected)) {
    return NextResponse.json({ message: "Wrong or missing x-revalidate-secret." }, { status: 401, headers: NO_STORE })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return NextResponse.json({ message: "The body is not JSON: send { \"tags\": [...] }." }, { status: 400, headers: NO_STORE })
  }
  const parsed = parseTags(body)
  if ("error" in parsed) return NextResponse.json({ message: parsed.error }, { status: 400, headers: NO_STORE })
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: parsed.tags }, { headers: NO_STORE })
}
