import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROFIT_SHARE_MODULE } from "../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../modules/profit-share/service"
import { monthBoundsIn, monthLabel, zoneAbbreviation } from "../../../../modules/profit-share/reports/period"
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
  const { start, end } = monthBoundsIn(body.month, lapas.time_zone)
  if (end.getTime() > Date.now()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `month: ${monthLabel(body.month)} has not ended yet in ${lapas.name} (${zoneAbbreviation(lapas.time_zone)}); a month can be closed from its last day's midnight on.`
    )
  }
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const result = await profitShare.closeMonth({
    lapas_id: lapas.id,
    month: body.month,
    start_at: start,
    end_at: end,
    closed_by: access.userId,
  })
  if (result.conflict) {
    res.status(409).json({
      type: "conflict",
      message: `${monthLabel(body.month)} is already closed for ${lapas.name} (since ${new Date(result.conflict.closed_at).toISOString()}); a closed month stays closed.`,
    })
    return
  }
  res.status(201).json({ closed_period: adminClosedPeriod(result.closed!) })
}
