import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeRefundSharesStep } from "./steps/share-write-entries"
import { wholeRupiah } from "./steps/share-load-sale"
import { allocatePremiStep } from "./steps/premi-allocate"

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
  /** Test hook: the ledger transaction fails after this many entries. */
  fail_after_entries?: number
}

type Targets = Record<string, { amount?: string; quantity?: number }>

/** Which lines a refund is for: the caller's list, else the order's returned quantities. */
const loadRefundTargetsStep = createStep(
  "share-load-refund-targets",
  async (input: BookRefundSharesInput, { container }) => {
    const targets: Targets = {}
    if (input.lines?.length) {
      for (const line of input.lines) {
        targets[line.line_item_id] =
          line.amount !== undefined
            ? { amount: wholeRupiah(line.amount).toString() }
            : { quantity: line.quantity ?? 0 }
      }
      return new StepResponse(targets)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.detail.return_received_quantity", "items.detail.return_dismissed_quantity"],
      filters: { id: input.order_id },
    })
    for (const item of ((data[0] as any)?.items ?? []) as any[]) {
      const returned =
        Number(item?.detail?.return_received_quantity ?? 0) + Number(item?.detail?.return_dismissed_quantity ?? 0)
      if (item && returned > 0) targets[item.id] = { quantity: returned }
    }
    return new StepResponse(targets)
  }
)

/**
 * Books the reversal of one refund: per line, reverseShares of the booked shares in proportion
 * to what has been refunded of the line so far (cumulatively, so a full refund nets every
 * account to exactly 0 and no account is ever reversed past what was booked). Refund amounts
 * beyond what the lines were paid (shipping) reverse nothing.
 */
export const bookRefundSharesWorkflow = createWorkflow(
  "book-refund-shares",
  (input: BookRefundSharesInput) => {
    const targeted = loadRefundTargetsStep(input)
    const result = writeRefundSharesStep(
      transform({ input, targeted }, ({ input, targeted }) => ({
        order_id: input.order_id,
        refund_id: input.refund_id,
        amount: wholeRupiah(input.amount).toString(),
        targeted,
        fail_after_entries: input.fail_after_entries,
      }))
    )
    // Premi of the entries just booked, shared among the makers (premi module).
    allocatePremiStep(transform({ input, result }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(result)
  }
)
