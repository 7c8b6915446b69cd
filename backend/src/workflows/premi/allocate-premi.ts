import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { allocatePremiStrictStep } from "./steps/premi-allocate-strict"

/**
 * Allocates every premi ledger entry of an order not yet allocated to its makers (see the premi
 * module README). The booking workflows run the same at their end; this one re-runs it, e.g.
 * after a failure: it writes only what is missing and nothing on a replay.
 */
export const allocatePremiWorkflow = createWorkflow("allocate-premi", (input: { order_id: string }) => {
  return new WorkflowResponse(allocatePremiStrictStep(input))
})
