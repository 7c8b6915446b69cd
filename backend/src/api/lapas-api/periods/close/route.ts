import type { ClosePeriodResponse, ErrorResponse } from "@karya-binaan/contracts"
import { closedPeriodView } from "../../../../lib/finance/views"
import { monthLabel } from "../../../../modules/profit-share/reports/period"
import { closePeriodWorkflow } from "../../../../workflows/profit-share/close-period"
import { financeLapas } from "../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../utils/member-access"
import type { ClosePeriod } from "./validators"

/**
 * Closes a month of the caller's lapas (a national member names it). The month must have ended
 * in the lapas's own zone. After the close nothing dated in it can be booked and no deposit for it
 * recorded; corrections are booked in an open month. 409 when it is closed already.
 */
export const POST = memberRoute<ClosePeriod>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as ClosePeriod
  const lapas = (await financeLapas(req.scope, member, body.lapas_id))!
  const { result } = await closePeriodWorkflow(req.scope).run({
    input: {
      lapas_id: lapas.id,
      lapas_name: lapas.name,
      time_zone: lapas.time_zone,
      month: body.month,
      closed_by: member.memberId,
    },
  })
  if (result.conflict) {
    res.status(409).json({
      type: "conflict",
      message: `${monthLabel(body.month)} is already closed for ${lapas.name} (since ${new Date(result.conflict.closed_at).toISOString()}); a closed month stays closed.`,
    } satisfies ErrorResponse<"conflict">)
    return
  }
  res.status(201).json({ closed_period: closedPeriodView(result.closed!) } satisfies ClosePeriodResponse)
})
