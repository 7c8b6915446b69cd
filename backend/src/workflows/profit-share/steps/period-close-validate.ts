import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  monthBoundsIn,
  monthLabel,
  zoneAbbreviation,
  type ReportTimeZone,
} from "../../../modules/profit-share/reports/period"

export interface ValidatePeriodCloseInput {
  /** YYYY-MM */
  month: string
  lapas_name: string
  time_zone: ReportTimeZone
}

/**
 * Refuses a month that has not ended in the lapas's zone and returns its bounds there (ISO
 * instants: step results are JSON). Writes nothing, so needs no compensation.
 */
export const validatePeriodCloseStep = createStep(
  "period-close-validate",
  async (input: ValidatePeriodCloseInput) => {
    const { start, end } = monthBoundsIn(input.month, input.time_zone)
    if (end.getTime() > Date.now()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `month: ${monthLabel(input.month)} has not ended yet in ${input.lapas_name} (${zoneAbbreviation(input.time_zone)}); a month can be closed from its last day's midnight on.`
      )
    }
    return new StepResponse({ start_at: start.toISOString(), end_at: end.toISOString() })
  }
)
