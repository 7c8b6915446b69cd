import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"

export interface RefundTargetsInput {
  order_id: string
  /** The caller's lines: an amount of what was paid for the line or a quantity of it. */
  lines?: { line_item_id: string; amount?: number; quantity?: number }[]
}

/** Per line: { amount } (rupiah, as a string: step results are JSON) or { quantity } the refund is for. */
export type RefundTargets = Record<string, { amount?: string; quantity?: number }>

/** Which lines a refund is for: the caller's list, else the order's returned quantities. */
export const loadRefundTargetsStep = createStep(
  "share-load-refund-targets",
  async (input: RefundTargetsInput, { container }) => {
    const targets: RefundTargets = {}
    if (input.lines?.length) {
      for (const line of input.lines) {
        targets[line.line_item_id] =
          line.amount !== undefined
            ? { amount: toRupiahBigInt(line.amount, { round: true }).toString() }
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
