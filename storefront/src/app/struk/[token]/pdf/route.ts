import { NextResponse, type NextRequest } from "next/server"
import { fetchReceiptPdf, isReceiptFormat } from "@/lib/data/receipts"

export const dynamic = "force-dynamic"

type Params = Promise<{ token: string }>

/**
 * `/struk/<token>/pdf?format=thermal|a4`: the receipt's PDF for the page's download links (a
 * browser link cannot carry the publishable key the backend's /store route asks for). Streams the
 * backend's answer; an unknown token is a 404, a bad format a 400, never cached.
 */
export async function GET(request: NextRequest, { params }: { params: Params }) {
  const { token } = await params
  const format = request.nextUrl.searchParams.get("format") ?? "thermal"
  const noStore = { "Cache-Control": "private, no-store" }
  if (!isReceiptFormat(format)) {
    return NextResponse.json({ message: "format is thermal or a4" }, { status: 400, headers: noStore })
  }
  let upstream: Response
  try {
    upstream = await fetchReceiptPdf(token, format, request.signal)
  } catch (error) {
    console.error("[storefront] receipt PDF failed:", error instanceof Error ? error.message : error)
    return NextResponse.json({ message: "The receipt could not be loaded; try again." }, { status: 502, headers: noStore })
  }
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 404 || upstream.status === 400 ? upstream.status : 502
    return NextResponse.json({ message: status === 404 ? "Struk tidak ditemukan." : "The receipt could not be loaded." }, { status, headers: noStore })
  }
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": upstream.headers.get("content-disposition") ?? `inline; filename="struk.pdf"`,
      ...noStore,
    },
  })
}
