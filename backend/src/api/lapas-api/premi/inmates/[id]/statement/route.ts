import type { PremiStatement } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { buildPremiStatement } from "../../../../../../lib/premi/statement"
import { statementPdf } from "../../../../../../reports/premi-statement"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../../../utils/member-access"
import { requireInmateInScope } from "../../../../../utils/production-scope"
import type { PremiStatementQuery } from "./validators"

/**
 * An inmate's premi statement for whole days [from, to] in the lapas's time zone (default: this
 * month so far): opening balance, every sale line that earned premi (and its reversals and
 * corrections), every payout, closing balance. format=json (default) or pdf. Finance of the
 * inmate's lapas or national members; another lapas's inmate is 404.
 */
export const GET = memberRoute<unknown, PremiStatementQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as PremiStatementQuery
  const inmate = await requireInmateInScope(req.scope, member, req.params.id)
  const s = await buildPremiStatement(req.scope, inmate, { from: query.from, to: query.to })
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
})
