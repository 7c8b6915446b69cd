import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeActionType } from "@medusajs/framework/utils"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  cancelOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  createOrderChangeActionsWorkflow,
  emitEventStep,
  orderEditUpdateItemQuantityWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PART_CANCELED_EVENT } from "./order-part-events"
import { planPartCancellationStep, type PartCancellationRequest } from "./steps/part-plan-cancellation"
import { recordPartCancellationStep } from "./steps/part-record-cancellation"
import { bookPartRefundStep } from "./steps/part-book-refund"
import { bookPaidLinesStep } from "./steps/part-book-paid-lines"
import { moneyLogStep } from "../logging/steps/money-log"

export type CancelOrderPartInput = PartCancellationRequest

/**
 * Cancels one lapas's part of an order while the other parts go on, under the same lock per
 * order as confirm-bank-transfer (a transfer confirmed at the same moment never races it):
 * - the order's paid parts booked first (part-book-paid-lines), while their lines are still on it;
 * - through Medusa's order edit: the part's lines set to quantity 0 (they leave the order's
 *   current version and their reservations are deleted by the confirmation, so the stock is
 *   free again) and its shipping methods removed, confirmed at once;
 * - the part is kept on the order's metadata with its cause and reason (canceled-parts.ts);
 * - what was captured for the part (its confirmed transfer) is refunded with Medusa's
 *   refundPaymentWorkflow, last, as a refund cannot be undone, and booked on the part's lines
 *   only (part-book-refund: its shipping reverses nothing of the other parts);
 * - PART_CANCELED_EVENT tells the buyer (notify-part-canceled).
 * When no live part would remain, the whole order is canceled with Medusa's cancelOrderWorkflow
 * instead (which releases, refunds and tells the buyer itself). A failing step undoes the
 * earlier ones: nothing half-written.
 */
export const cancelOrderPartWorkflow = createWorkflow("cancel-order-part", (input: CancelOrderPartInput) => {
  const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planPartCancellationStep(input)

  when("cancel-part-whole-order", { plan }, ({ plan }) => !plan.skip && plan.whole).then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        ...(input.canceled_by ? { canceled_by: input.canceled_by } : {}),
      })),
    })
  })

  // One `when` per step: the SDK's conditions do not nest.
  const editing = ({ plan }: { plan: { skip: boolean; whole: boolean } }) => !plan.skip && !plan.whole
  when("cancel-part-book-paid-lines", { plan }, editing).then(() => {
    bookPaidLinesStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  })
  const change = when("cancel-part-begin-edit", { plan }, editing).then(() =>
    beginOrderEditOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        description: `Part of lapas ${input.lapas_id} canceled (${input.cause})`,
        internal_note: input.reason ?? undefined,
        ...(input.canceled_by ? { created_by: input.canceled_by } : {}),
      })),
    })
  )
  when("cancel-part-remove-items", { plan }, editing).then(() => {
    orderEditUpdateItemQuantityWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: input.order_id,
        items: plan.item_ids.map((id) => ({ id, quantity: 0 })),
      })),
    })
  })
  when("cancel-part-remove-shipping", { plan }, ({ plan }) => editing({ plan }) && plan.shipping_method_ids.length > 0).then(
    () => {
      createOrderChangeActionsWorkflow.runAsStep({
        input: transform({ input, plan, change }, ({ input, plan, change }) =>
          plan.shipping_method_ids.map((id) => ({
            action: ChangeActionType.SHIPPING_REMOVE,
            reference: "order_shipping_method",
            reference_id: id,
            order_change_id: change!.id,
            order_id: input.order_id,
            version: change!.version,
          }))
        ),
      })
    }
  )
  when("cancel-part-confirm-edit", { plan }, editing).then(() => {
    confirmOrderEditRequestWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        confirmed_by: input.canceled_by ?? "system",
      })),
    })
    recordPartCancellationStep(transform({ input, plan }, ({ input, plan }) => ({ order_id: input.order_id, record: plan.record! })))
  })
  // Last: a refund cannot be undone.
  const refundNote = transform({ input }, ({ input }) => `Part of lapas ${input.lapas_id} canceled${input.reason ? `: ${input.reason}` : ""}`)
  when("cancel-part-refund", { plan }, ({ plan }) => editing({ plan }) && plan.refund_amount > 0 && !!plan.payment_id).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ input, plan, refundNote }, ({ input, plan, refundNote }) => ({
        payment_id: plan.payment_id!,
        amount: plan.refund_amount,
        ...(input.canceled_by ? { created_by: input.canceled_by } : {}),
        note: refundNote,
      })),
    })
    // The refund reverses the shares of this part's lines only (not its shipping onto the others).
    bookPartRefundStep(
      transform({ input, plan, refundNote }, ({ input, plan, refundNote }) => ({
        order_id: input.order_id,
        payment_id: plan.payment_id!,
        amount: plan.refund_amount,
        note: refundNote,
        lines: (plan.record?.items ?? []).map((item) => ({ line_item_id: item.id, quantity: item.quantity })),
      }))
    )
  })

  // After the refund (or the whole order's cancellation): what this cancellation did with money.
  when("cancel-part-money-log", { plan }, ({ plan }) => !plan.skip).then(() => {
    moneyLogStep(
      transform({ input, plan }, ({ input, plan }) => ({
        step: "part.canceled" as const,
        fields: {
          order_id: input.order_id,
          lapas_id: input.lapas_id,
          payment_id: plan.payment_id ?? null,
          amount: String(plan.refund_amount),
          cause: input.cause,
          outcome: plan.whole ? "order_canceled" : plan.refund_amount > 0 ? "part_canceled_refunded" : "part_canceled",
        },
      }))
    )
  })
  releaseLockStep({ key: lockKey })
  const event = transform({ input, plan }, ({ input, plan }) => ({
    order_id: input.order_id,
    lapas_id: input.lapas_id,
    whole_order: plan.whole,
    skipped: plan.skip,
  }))
  when("cancel-part-emit", { plan }, ({ plan }) => !plan.skip && !plan.whole).then(() => {
    emitEventStep({ eventName: PART_CANCELED_EVENT, data: event })
  })
  return new WorkflowResponse(event)
})
