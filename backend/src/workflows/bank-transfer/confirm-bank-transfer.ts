import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { TRANSFER_CONFIRMED_EVENT } from "../order-parts/order-part-events"
import { countConfirmedTransferPartsStep } from "./steps/count-confirmed-transfer-parts"
import { recordTransferConfirmationStep, type RecordTransferConfirmationInput } from "./steps/record-transfer-confirmation"
import { moneyLogStep } from "../logging/steps/money-log"

export type ConfirmBankTransferInput = RecordTransferConfirmationInput & {
  /** How many lapas parts the order has: all confirmed means fully paid. */
  part_count: number
}

/**
 * A lapas confirms that its part of a bank-transfer order was paid: the confirmation is recorded
 * and that amount of the order's payment captured, one order at a time (a lock per order), so two
 * lapas confirming at once never capture on a stale payment. The capture books that part's shares
 * (book-shares-on-capture); when the last part is captured the payment is captured in full.
 */
export const confirmBankTransferWorkflow = createWorkflow(
  "confirm-bank-transfer",
  (input: ConfirmBankTransferInput) => {
    const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const confirmation = recordTransferConfirmationStep(input)
    capturePaymentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        payment_id: input.payment_id,
        amount: input.amount,
        captured_by: input.confirmed_by,
      })),
    })
    const confirmedParts = countConfirmedTransferPartsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const event = transform({ input, confirmation, confirmedParts }, ({ input, confirmation, confirmedParts }) => ({
      order_id: input.order_id,
      lapas_id: input.lapas_id,
      confirmation_id: confirmation.id,
      fully_paid: confirmedParts >= input.part_count,
    }))
    // After the capture: logged only once the money is captured.
    moneyLogStep(
      transform({ input, event }, ({ input, event }) => ({
        step: "transfer.confirmed" as const,
        fields: {
          order_id: input.order_id,
          payment_id: input.payment_id,
          lapas_id: input.lapas_id,
          amount: String(input.amount),
          confirmation_id: event.confirmation_id,
          fully_paid: event.fully_paid,
          outcome: "captured",
        },
      }))
    )
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: TRANSFER_CONFIRMED_EVENT, data: event })
    return new WorkflowResponse(event)
  }
)
