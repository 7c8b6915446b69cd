import { NextResponse, type NextRequest } from "next/server"
import { getSuggestions } from "@/lib/data/search"
import { SUGGESTION_LIMIT } from "@/lib/util/search"

/** Always run per request: the answer depends on the query string. */
export const dynamic = "force-dynamic"

/** Suggestions change when the catalogue does, not per keystroke: a minute in the browser and shared caches. */
const CACHE = "public, max-age=60, s-maxage=60, stale-while-revalidate=300"

/**
 * `GET /api/search/suggestions?q=&limit=` for the header's search box: the backend's suggestions
 * (asked server-side with the publishable key), with links and image URLs resolved.
 * `{ suggestions: Suggestion[] }`; a backend failure answers 502 with none, never cached.
 */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? ""
  const limitParam = Number(request.nextUrl.searchParams.get("limit"))
  const limit = Number.isInteger(limitParam) && limitParam > 0 ? Math.min(limitParam, 10) : SUGGESTION_LIMIT
  try {
    const suggestions = await getSuggestions(q, { limit, signal: request.signal })
    return NextResponse.json({ suggestions }, { headers: { "Cache-Control": CACHE } })
  } catch (error) {
    if (request.signal.aborted) return new NextResponse(null, { status: 499 })
    console.error("[storefront] search suggestions failed:", error instanceof Error ? error.message : error)
    return NextResponse.json({ suggestions: [] }, { status: 502, headers: { "Cache-Control": "no-store" } })
  }
}
