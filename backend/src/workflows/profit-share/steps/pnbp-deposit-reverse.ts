import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { depositsWithReversals, reverseDeposit } from "../../../modules/profit-share/corrections"
import { dayIn, endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../../modules/profit-share/service"

export interface ReversePnbpDepositStepInput {
  /** A deposit of the lapas (the route checks the caller's scope). */
  deposit_id: string
  lapas_id: string
  /** The lapas's zone: dates the reversal (today there) and bounds the deposit's period. */
  time_zone: ReportTimeZone
  reason: string
  created_by: string | null
}

/**
 * Writes the reversal of a deposit (corrections.ts, reverseDeposit): a new row with the negated
 * amount and the reason; the deposit stays. Returns `{ reversal }`, or `{ conflict }` with the
 * reversal already on record. No compensation: pnbp_deposit is append-only and this is the
 * workflow's only write, its last step.
 */
export const reversePnbpDepositStep = createStep(
  "pnbp-deposit-reverse",
  async (input: ReversePnbpDepositStepInput, { container }) => {
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    const found = (await depositsWithReversals(profitShare, [input.deposit_id])).get(input.deposit_id)
    if (!found || found.deposit.lapas_id !== input.lapas_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deposit ${input.deposit_id} was not found.`)
    }
    const { deposit } = found
    const result = await reverseDeposit(profitShare, deposit, {
      deposit_id: deposit.id,
      period_start: startOfDayIn(deposit.period_from, input.time_zone),
      period_end: endOfPeriodIn(deposit.period_to, input.time_zone),
      today: dayIn(new Date(), input.time_zone),
      reason: input.reason,
      created_by: input.created_by,
    })
    return new StepResponse({ ...result, deposit })
  }
)
