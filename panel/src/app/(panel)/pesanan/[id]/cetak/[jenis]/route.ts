import { fetchOrderDocument, ORDER_DOCUMENTS, type OrderDocumentSlug } from "@/lib/data/orders"

/**
 * The packing slip (`daftar-isi`) or the shipping label (`label`) of the member's part as a PDF
 * download: the panel fetches it with the session's token (which never reaches the browser) and
 * passes the bytes on. A refused request answers with the backend's status.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; jenis: string }> }) {
  const { id, jenis } = await params
  if (!(jenis in ORDER_DOCUMENTS)) return new Response("Not found", { status: 404 })
  const lapasId = new URL(request.url).searchParams.get("lapas") ?? undefined
  const upstream = await fetchOrderDocument(id, jenis as OrderDocumentSlug, lapasId)
  if (upstream.status === 401) {
    return Response.redirect(new URL("/sesi-berakhir", request.url), 303)
  }
  if (!upstream.ok) {
    const text = await upstream.text().catch(() => "")
    let message = `HTTP ${upstream.status}`
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? message
    } catch {
      // not JSON
    }
    return new Response(message, { status: upstream.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const body = await upstream.arrayBuffer()
  const name = /filename="([^"]+)"/.exec(upstream.headers.get("content-disposition") ?? "")?.[1] ?? `${jenis}.pdf`
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  })
}
