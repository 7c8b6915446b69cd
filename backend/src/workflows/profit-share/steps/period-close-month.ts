import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"

export interface ClosePeriodMonthInput {
  lapas_id: string
  /** YYYY-MM */
  month: string
  /** The month's bounds in the lapas's zone, ISO instants. */
  start_at: string
  end_at: string
  closed_by: string | null
}

/**
 * Closes the month through the service (under the lapas's exclusive period lock); `{ conflict }`
 * when it is closed already. No compensation: closed_period is append-only (the database refuses
 * DELETE, a closed month stays closed), and this is the workflow's last step. The database's
 * close-in-order trigger (an earlier month with activity opened between the order step and the
 * close) is answered as the refusal it is, not as a server error.
 */
export const closePeriodMonthStep = createStep(
  "period-close-month",
  async (input: ClosePeriodMonthInput, { container }) => {
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    try {
      const result = await profitShare.closeMonth({
        lapas_id: input.lapas_id,
        month: input.month,
        start_at: new Date(input.start_at),
        end_at: new Date(input.end_at),
        closed_by: input.closed_by,
      })
      return new StepResponse(result)
    } catch (error) {
      if (String((error as Error)?.message ?? "").includes("close the months in order")) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "An earlier month of this lapas with activity is still open: close the months in order (the close preview names them)."
        )
      }
      throw error
    }
  }
)
