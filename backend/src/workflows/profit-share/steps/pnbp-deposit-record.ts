import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { recordDepositAgain } from "../../../modules/profit-share/corrections"
import { endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { PnbpDepositRow } from "../../../modules/profit-share/service"

/**
 * A deposit as the service stores it, less what the database assigns, plus the lapas's zone.
 * Periods are YYYY-MM-DD in that zone; `amount` is whole rupiah above 0 as a string of digits
 * (step inputs are JSON).
 */
export type RecordPnbpDepositStepInput = Omit<PnbpDepositRow, "id" | "created_at"> & {
  time_zone: ReportTimeZone
}

/**
 * Records the deposit through the service, which refuses a period touching a closed month and
 * answers `{ conflict }` for an NTPN on record already; an NTPN whose deposits are all reversed is
 * recorded again as the replacement of the latest of them (corrections.ts, recordDepositAgain). No compensation: pnbp_deposit is
 * append-only (the database refuses DELETE), and this is the workflow's last step, so nothing
 * after it can fail and leave the deposit half-done.
 */
export const recordPnbpDepositStep = createStep(
  "pnbp-deposit-record",
  async (input: RecordPnbpDepositStepInput, { container }) => {
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    const deposit = {
      lapas_id: input.lapas_id,
      period_from: input.period_from,
      period_to: input.period_to,
      period_start: startOfDayIn(input.period_from, input.time_zone),
      period_end: endOfPeriodIn(input.period_to, input.time_zone),
      billing_code: input.billing_code,
      ntpn: input.ntpn,
      amount: BigInt(input.amount),
      deposited_on: input.deposited_on,
      note: input.note,
      created_by: input.created_by,
    }
    const again = await recordDepositAgain(profitShare, deposit)
    const result = again ?? (await profitShare.recordDeposit(deposit))
    return new StepResponse(result)
  }
)
