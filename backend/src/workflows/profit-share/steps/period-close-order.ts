import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { closeInOrderMessage, openMonthsBefore } from "../../../modules/profit-share/corrections"
import type { ReportTimeZone } from "../../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../../modules/profit-share/service"

export interface PeriodCloseOrderInput {
  lapas_id: string
  time_zone: ReportTimeZone
  /** YYYY-MM */
  month: string
  /** The month's first instant in the lapas's zone (ISO). */
  start_at: string
}

/**
 * Refuses (NOT_ALLOWED) a month while an earlier month of the lapas with activity (ledger entries
 * or deposits) is open, naming those months. The database refuses the same at the close itself
 * (trigger closed_period_in_order, under the exclusive period lock); this step says which months.
 * Writes nothing, so needs no compensation.
 */
export const periodCloseOrderStep = createStep(
  "period-close-order",
  async (input: PeriodCloseOrderInput, { container }) => {
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    const open = await openMonthsBefore(
      profitShare,
      { id: input.lapas_id, time_zone: input.time_zone },
      input.month,
      new Date(input.start_at)
    )
    if (open.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, closeInOrderMessage(input.month, open))
    }
    return new StepResponse(open)
  }
)
