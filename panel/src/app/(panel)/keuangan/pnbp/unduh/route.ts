import { redirect } from "next/navigation"
import { getCurrentMember } from "@/lib/data/session"
import { fetchPnbpReport } from "@/lib/data/finance"
import { canUse } from "@/lib/navigation"
import { isMonth, monthDays } from "@/lib/periods"
import { channelParam } from "@/lib/sale-channels"

const FORMATS = ["csv", "xlsx", "pdf"] as const
type Format = (typeof FORMATS)[number]

/**
 * GET /keuangan/pnbp/unduh?bulan=YYYY-MM&format=pdf|xlsx|csv[&lapas=…][&kanal=…]: the PNBP report of a
 * month as a file. The member's token is added here, on the server, and the backend's file is
 * streamed on as it comes (the backend decides what the member may download).
 */
export async function GET(request: Request) {
  const member = await getCurrentMember()
  if (!member) redirect("/masuk")
  if (!canUse(member.role, "finance")) return new Response("Not found", { status: 404 })
  const url = new URL(request.url)
  const month = url.searchParams.get("bulan") ?? ""
  const format = url.searchParams.get("format") as Format
  if (!isMonth(month) || !FORMATS.includes(format)) {
    return new Response("bulan=YYYY-MM dan format=pdf|xlsx|csv", { status: 400 })
  }
  const lapasId = member.role === "national" ? url.searchParams.get("lapas") || undefined : undefined
  const channel = channelParam(url.searchParams.get("kanal"))
  // The browser's request's signal: a download the member cancels stops the backend's report too.
  const upstream = await fetchPnbpReport({ ...monthDays(month), format, lapas_id: lapasId, channel }, request.signal)
  if (!upstream) redirect("/sesi-berakhir")
  if (upstream.status === 401) redirect("/sesi-berakhir")
  if (!upstream.ok || !upstream.body) {
    const body = (await upstream.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? `HTTP ${upstream.status}`, {
      status: upstream.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  const headers = new Headers({ "cache-control": "no-store" })
  for (const name of ["content-type", "content-disposition"]) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
