import { recordDirectSale } from "@/lib/data/direct-sales"

/** A sale body is small (≤ 100 lines); anything much larger is not one. */
const MAX_BODY = 64 * 1024

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" },
  })

/**
 * The till's outbox sends each sale here: the body goes on to `POST /lapas-api/direct-sales` with
 * the member's token from the httpOnly cookie, and the backend's status and answer come back as
 * they are (201 recorded, 200 already recorded, 401, 4xx refused, 5xx), which the page's queue
 * reads. JSON only, so a plain cross-site form cannot post here.
 */
export async function POST(request: Request) {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return json(415, { message: "Kirim penjualan sebagai JSON." })
  }
  const body = await request.text()
  if (body.length > MAX_BODY) return json(413, { message: "Penjualan ini terlalu besar untuk dikirim." })
  try {
    JSON.parse(body)
  } catch {
    return json(400, { message: "Isi penjualan bukan JSON yang sah." })
  }
  const passed = await recordDirectSale(body)
  return json(passed.status, passed.body)
}
