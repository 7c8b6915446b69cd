import { NextResponse, type NextRequest } from "next/server"
import { isApiError } from "@/lib/data/api"
import { premiStatementPdf } from "@/lib/data/premi"

/**
 * An inmate's premi statement as a PDF download (`?dari=YYYY-MM-DD&sampai=YYYY-MM-DD`): fetched
 * from the scoped API with the member's token on the server, so the token never reaches the
 * browser. The API decides who may read it (finance of the inmate's lapas, national members).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const search = request.nextUrl.searchParams
  const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
  try {
    const file = await premiStatementPdf(id, { from: day(search.get("dari")), to: day(search.get("sampai")) })
    return new NextResponse(file.body, {
      status: 200,
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "no-store",
      },
    })
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      return NextResponse.redirect(new URL("/sesi-berakhir", request.url))
    }
    if (isApiError(error) && error.status >= 400 && error.status < 500) {
      return new NextResponse(error.message, { status: error.status, headers: { "content-type": "text/plain; charset=utf-8" } })
    }
    throw error
  }
}
