import type { PremiStatement } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rupiahToJson } from "@karya-binaan/shares"
import { statementPdf } from "../../../../../../reports/premi-statement"
import { PremiStatementQuerySchema } from "./validators"
import { parseQuery } from "../../../../../utils/validation"
import { buildStatement } from "../../../statement"

/**
 * An inmate's premi statement for whole days [from, to] in the lapas's time zone (default: this
 * month so far): opening balance, every sale line that earned premi (and its reversals and
 * corrections), every payout, closing balance. format=json (default) or pdf. Finance of the
 * inmate's lapas or national users (the guard answers 404 for another lapas's inmate).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(req, PremiStatementQuerySchema)
  const s = await buildStatement(req, req.params.id, { from: query.from, to: query.to })
  if (query.format === "pdf") {
    const pdf = await statementPdf(s)
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="premi-${s.inmate.code}-${s.period.from}-${s.period.to}.pdf"`
    )
    res.setHeader("Content-Length", String(pdf.length))
    res.status(200).end(pdf)
    return
  }
  res.json({
    inmate: s.inmate,
    lapas: { id: s.lapas.id, name: s.lapas.name, time_zone: s.lapas.time_zone },
    period: s.period,
    opening_balance: rupiahToJson(s.opening_balance),
    lines: s.lines.map((l) => ({ ...l, amount: rupiahToJson(l.amount) })),
    payouts: s.payouts.map((p) => ({ ...p, amount: rupiahToJson(p.amount) })),
    totals: { earned: rupiahToJson(s.totals.earned), paid: rupiahToJson(s.totals.paid) },
    closing_balance: rupiahToJson(s.closing_balance),
  } satisfies PremiStatement)
}
