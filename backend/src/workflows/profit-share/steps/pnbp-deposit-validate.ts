import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dayIn, type ReportTimeZone } from "../../../modules/profit-share/reports/period"

export interface ValidatePnbpDepositInput {
  /** YYYY-MM-DD, the day the deposit was paid. */
  deposited_on: string
  time_zone: ReportTimeZone
}

/** Refuses a deposit day in the future in the lapas's zone. Writes nothing, so needs no compensation. */
export const validatePnbpDepositStep = createStep(
  "pnbp-deposit-validate",
  async (input: ValidatePnbpDepositInput) => {
    const today = dayIn(new Date(), input.time_zone)
    if (input.deposited_on > today) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `deposited_on: ${input.deposited_on} is in the future (today is ${today} in the lapas's time zone); record a deposit once it is paid.`
      )
    }
    return new StepResponse(today)
  }
)
