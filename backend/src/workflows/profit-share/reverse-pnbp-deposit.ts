import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reversePnbpDepositStep, type ReversePnbpDepositStepInput } from "./steps/pnbp-deposit-reverse"

export type ReversePnbpDepositInput = ReversePnbpDepositStepInput

/**
 * Corrects a mistyped PNBP deposit by reversing it: a new deposit row with the negated amount,
 * `reverses_id` and the reason, so every sum of deposits nets it out while both rows stay on
 * record (append-only). Refused: a reversal (NOT_ALLOWED), a deposit whose period touches a
 * closed month (NOT_ALLOWED). Returns `{ reversal, deposit }`, or `{ conflict, deposit }` with the
 * reversal on record. The right deposit is then recorded again (its NTPN may be re-used once).
 */
export const reversePnbpDepositWorkflow = createWorkflow(
  "reverse-pnbp-deposit",
  (input: ReversePnbpDepositInput) => new WorkflowResponse(reversePnbpDepositStep(input))
)
