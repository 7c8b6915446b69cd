import { fetchDirectSaleReceipt, type ReceiptFormat } from "@/lib/data/direct-sales-admin"

const FORMATS: readonly ReceiptFormat[] = ["thermal", "a4"]

/**
 * A direct sale's receipt as a PDF (`?format=thermal` for a 58 mm roll, `a4` for a page): the
 * panel fetches it with the session's token (which never reaches the browser) and streams the
 * bytes on as they come. A refused request answers with the backend's status and message.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const format = new URL(request.url).searchParams.get("format") ?? "thermal"
  if (!(FORMATS as readonly string[]).includes(format)) {
    return new Response("format=thermal|a4", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const upstream = await fetchDirectSaleReceipt(id, format as ReceiptFormat)
  if (upstream.status === 401) {
    return Response.redirect(new URL("/sesi-berakhir", request.url), 303)
  }
  if (!upstream.ok || !upstream.body) {
    const text = await upstream.text().catch(() => "")
    let message = `HTTP ${upstream.status}`
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? message
    } catch {
      // not JSON
    }
    return new Response(message, { status: upstream.ok ? 502 : upstream.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const fallback = `struk-${id.slice(-8)}-${format === "a4" ? "a4" : "58mm"}.pdf`
  const name = /filename="([^"]+)"/.exec(upstream.headers.get("content-disposition") ?? "")?.[1] ?? fallback
  const headers = new Headers({
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`,
    "cache-control": "private, no-store",
  })
  const length = upstream.headers.get("content-length")
  if (length) headers.set("content-length", length)
  return new Response(upstream.body, { status: 200, headers })
}
