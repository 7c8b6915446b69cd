import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadShareCorrectionStep, type ShareCorrectionInput } from "./steps/share-load-correction"
import { writeCorrectionSharesStep } from "./steps/share-write-correction"
import { allocatePremiStep } from "../premi/steps/premi-allocate"

export interface CorrectLineSharesInput extends ShareCorrectionInput {
  /** Test hook: the ledger transaction fails after this many entries (see the service). */
  fail_after_entries?: number
}

/**
 * Corrects the HPP of one booked order line: recomputes the line's profit at the corrected unit
 * cost under the policy that booked its sale, nets it of the refunds booked so far exactly as
 * they would have reversed it, and books the difference to what the line nets to now as
 * `correction` entries (one per account that changes), in one transaction under the order's
 * lock. Idempotent by key: `correction:<key>:<line>:<account>`; replaying a key books nothing.
 */
export const correctLineSharesWorkflow = createWorkflow(
  "correct-line-shares",
  (input: CorrectLineSharesInput) => {
    const plan = loadShareCorrectionStep(input)
    const result = writeCorrectionSharesStep(
      transform({ input, plan }, ({ input, plan }) => ({ plan, fail_after_entries: input.fail_after_entries }))
    )
    // Premi of the entries just booked, shared among the makers (premi module).
    allocatePremiStep(transform({ input, result }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(result)
  }
)
