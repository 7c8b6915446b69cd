import type { ClosePeriodResponse, ErrorResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthLabel } from "../../../../modules/profit-share/reports/period"
import { closePeriodWorkflow } from "../../../../workflows/profit-share/close-period"
import { resolveAdminAccess } from "../../../utils/access"
import { scopedLapas } from "../../../utils/report-lapas"
import { adminClosedPeriod } from "../route"
import type { ClosePeriod } from "../validators"

/**
 * Closes a month of a lapas (finance of that lapas, or national). The month must have ended in
 * the lapas's own zone. After the close nothing dated in it can be booked (bookings are refused)
 * and no deposit for it recorded; corrections are booked in an open month.
 */
export async function POST(req: MedusaRequest<ClosePeriod>, res: MedusaResponse) {
  const body = req.validatedBody as ClosePeriod
  const access = await resolveAdminAccess(req)
  const lapas = (await scopedLapas(req, body.lapas_id))!
  const { result } = await closePeriodWorkflow(req.scope).run({
    input: {
      lapas_id: lapas.id,
      lapas_name: lapas.name,
      time_zone: lapas.time_zone,
      month: body.month,
      closed_by: access.userId,
    },
  })
  if (result.conflict) {
    res.status(409).json({
      type: "conflict",
      message: `${monthLabel(body.month)} is already closed for ${lapas.name} (since ${new Date(result.conflict.closed_at).toISOString()}); a closed month stays closed.`,
    } satisfies ErrorResponse<"conflict">)
    return
  }
  res.status(201).json({ closed_period: adminClosedPeriod(result.closed!) } satisfies ClosePeriodResponse)
}
