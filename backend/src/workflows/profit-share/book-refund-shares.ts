import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { allocatePremiStep } from "../premi/steps/premi-allocate"
import { loadRefundTargetsStep } from "./steps/share-load-refund-targets"
import { writeRefundSharesStep } from "./steps/share-write-refund"

export interface BookRefundSharesInput {
  order_id: string
  /** The refund (Medusa `ref_…`) or any unique id of the money given back; booked once. */
  refund_id: string
  /** What was given back, tax included, in whole rupiah. */
  amount: number | string
  /**
   * The lines the refund is for, when known: an amount of what was paid for the line or a
   * quantity of it. Without it, the order's returned (received or dismissed) quantities are
   * refunded first and the rest is spread over the lines by what is left unrefunded on them.
   */
  lines?: { line_item_id: string; amount?: number; quantity?: number }[]
  /**
   * The refund is for `lines` only (a lapas's part and its shipping, see cancel-order-part):
   * what those lines do not take reverses nothing of the order's other lines.
   */
  lines_only?: boolean
  /** Test hook: the ledger transaction fails after this many entries. */
  fail_after_entries?: number
}

/**
 * Books the reversal of one refund: per line, reverseShares of the booked shares in proportion
 * to what has been refunded of the line so far (cumulatively, so a full refund nets every
 * account to exactly 0 and no account is ever reversed past what was booked). Refund amounts
 * beyond what the lines were paid (shipping) reverse nothing.
 */
export const bookRefundSharesWorkflow = createWorkflow(
  "book-refund-shares",
  (input: BookRefundSharesInput) => {
    const targeted = loadRefundTargetsStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, lines: input.lines }))
    )
    const result = writeRefundSharesStep(
      transform({ input, targeted }, ({ input, targeted }) => ({
        order_id: input.order_id,
        refund_id: input.refund_id,
        amount: toRupiahBigInt(input.amount, { round: true }).toString(),
        targeted,
        targeted_only: !!input.lines_only && !!input.lines?.length,
        fail_after_entries: input.fail_after_entries,
      }))
    )
    // Premi of the entries just booked, shared among the makers (premi module).
    allocatePremiStep(transform({ input, result }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(result)
  }
)
