import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderSharesWorkflow } from "../../profit-share/book-order-shares"

/**
 * Books the order's paid parts before a part's lines leave the order. A part confirmed a moment
 * ago may not be booked yet (book-shares-on-capture runs after its event); once its lines are
 * out of the order's current version its sale could no longer be booked, and its refund would
 * find nothing of it to reverse. Idempotent: lines already booked are left alone.
 */
export const bookPaidLinesStep = createStep("part-book-paid-lines", async (input: { order_id: string }, { container }) => {
  const { result } = await bookOrderSharesWorkflow(container).run({ input: { order_id: input.order_id } })
  return new StepResponse({ inserted: result?.inserted ?? 0 })
})
