import { NextResponse, type NextRequest } from "next/server"
import { recordSearchEvent } from "@/lib/data/search"

export const dynamic = "force-dynamic"

/** A beacon is a few dozen bytes; anything larger is not one. */
const MAX_BODY_BYTES = 1024

/**
 * `POST /cari/peristiwa`: what the buyer did from a results page ({search_id, kind, product_id}),
 * sent by the results page with navigator.sendBeacon (a text/plain JSON body, same origin, no
 * cookies needed) and passed on to the backend with the publishable key. Nothing about the buyer
 * is read or passed on. Always 204: a beacon's answer is never read, and a bad or stale event is
 * simply dropped.
 */
export async function POST(request: NextRequest) {
  const noContent = new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } })
  // Only the storefront's own pages send these.
  if (request.headers.get("sec-fetch-site") === "cross-site") return noContent
  const text = await request.text().catch(() => "")
  if (!text || text.length > MAX_BODY_BYTES) return noContent
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return noContent
  }
  try {
    await recordSearchEvent(body)
  } catch (error) {
    console.error("[storefront] search event failed:", error instanceof Error ? error.message : error)
  }
  return noContent
}
