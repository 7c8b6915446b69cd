import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocateOrderPremi } from "./premi-allocate"

/** The premi-allocate step failing loudly: for allocatePremiWorkflow, run by hand or by maintenance. */
export const allocatePremiStrictStep = createStep(
  "premi-allocate-strict",
  async (input: { order_id: string }, { container }) => new StepResponse(await allocateOrderPremi(container, input.order_id))
)
