import { NextResponse, type NextRequest } from "next/server"
import { areaChildren } from "@/lib/data/areas"

/** Reads the area files on the server (Node), per request: the answer depends on the query string. */
export const runtime = "nodejs"
export const dynamic = "force-dynamic"

/** Indonesia's areas change by ministerial decree, not by the minute: a day in browsers and shared caches. */
const CACHE = "public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800"

/**
 * `GET /api/areas?parent=` for the address pickers: the provinces (no parent), the kabupaten/kota
 * of a province ("35"), the kecamatan of a kabupaten/kota ("35.78") or the kelurahan/desa of a
 * kecamatan ("35.78.09"), as `{ areas: { code, name }[] }` sorted by name. A parent that is not an
 * area code answers 400.
 */
export async function GET(request: NextRequest) {
  const parent = request.nextUrl.searchParams.get("parent") ?? ""
  const areas = areaChildren(parent)
  if (!areas) {
    return NextResponse.json(
      { message: `"${parent.slice(0, 40)}" is not an area code (e.g. 35, 35.78, 35.78.09).` },
      { status: 400, headers: { "Cache-Control": "no-store" } }
    )
  }
  return NextResponse.json({ areas }, { headers: { "Cache-Control": CACHE } })
}
