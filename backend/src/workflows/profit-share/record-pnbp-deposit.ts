import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPnbpDepositStep, type RecordPnbpDepositStepInput } from "./steps/pnbp-deposit-record"
import { validatePnbpDepositStep } from "./steps/pnbp-deposit-validate"

/** The lapas is the caller's to record for (the route checks that); its zone dates the deposit. */
export type RecordPnbpDepositInput = RecordPnbpDepositStepInput

/**
 * Records a PNBP deposit (SIMPONI billing paid, NTPN on the receipt) for a lapas and the period
 * of PNBP it pays for. Refused: a deposit day in the future in the lapas's zone (INVALID_DATA), a
 * period that touches a closed month (NOT_ALLOWED). Returns `{ deposit }`, or `{ conflict }`
 * with the deposit that already carries the NTPN.
 */
export const recordPnbpDepositWorkflow = createWorkflow(
  "record-pnbp-deposit",
  (input: RecordPnbpDepositInput) => {
    validatePnbpDepositStep(
      transform({ input }, ({ input }) => ({ deposited_on: input.deposited_on, time_zone: input.time_zone }))
    )
    return new WorkflowResponse(recordPnbpDepositStep(input))
  }
)
