import { directSaleCatalog } from "@/lib/data/direct-sales"

/**
 * The till's catalogue of a venue (`GET /lapas-api/direct-sales/catalog` with the member's token);
 * the page keeps the answer on the device so it keeps selling without a signal.
 */
export async function GET(request: Request) {
  const venueId = new URL(request.url).searchParams.get("venue_id")?.trim()
  if (!venueId) {
    return Response.json({ message: "Pilih tempat penjualan (venue_id)." }, { status: 400 })
  }
  const passed = await directSaleCatalog(venueId)
  return Response.json(passed.body, { status: passed.status, headers: { "cache-control": "private, no-store" } })
}
