import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { TRANSFER_CONFIRMED_EVENT } from "./order-part-events"


export interface ConfirmBankTransferInput {
  order_id: string
  lapas_id: string
  payment_id: string
  /** Whole rupiah, already checked against the part's expected amount. */
  amount: number
  transferred_on: string
  proof_url: string | null
  confirmed_by: string
  /** How many lapas parts the order has: all confirmed means fully paid. */
  part_count: number
}

const recordConfirmationStep = createStep(
  "record-transfer-confirmation",
  async (input: ConfirmBankTransferInput, { container }) => {
    const service: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const confirmation = await service.createTransferConfirmations({
      order_id: input.order_id,
      lapas_id: input.lapas_id,
      payment_id: input.payment_id,
      amount: input.amount,
      transferred_on: input.transferred_on,
      proof_url: input.proof_url,
      confirmed_by: input.confirmed_by,
    })
    return new StepResponse({ id: confirmation.id as string }, confirmation.id as string)
  },
  // The capture failed: the part is not confirmed, so another try may record it again.
  async (id, { container }) => {
    if (!id) return
    const service: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    await service.softDeleteTransferConfirmations(id)
  }
)

const countConfirmedPartsStep = createStep(
  "count-confirmed-transfer-parts",
  async (input: { order_id: string }, { container }) => {
    const service: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [, count] = await service.listAndCountTransferConfirmations({ order_id: input.order_id })
    return new StepResponse(count)
  }
)

/**
 * A lapas confirms that its part of a bank-transfer order was paid: the confirmation is recorded
 * and that amount of the order's payment captured, one order at a time (a lock per order), so two
 * lapas confirming at once never capture on a stale payment. When the last part is captured the
 * payment is captured in full and the shares are booked (book-shares-on-capture).
 */
export const confirmBankTransferWorkflow = createWorkflow(
  "confirm-bank-transfer",
  (input: ConfirmBankTransferInput) => {
    const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const confirmation = recordConfirmationStep(input)
    capturePaymentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        payment_id: input.payment_id,
        amount: input.amount,
        captured_by: input.confirmed_by,
      })),
    })
    const confirmedParts = countConfirmedPartsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const event = transform({ input, confirmation, confirmedParts }, ({ input, confirmation, confirmedParts }) => ({
      order_id: input.order_id,
      lapas_id: input.lapas_id,
      confirmation_id: confirmation.id,
      fully_paid: confirmedParts >= input.part_count,
    }))
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: TRANSFER_CONFIRMED_EVENT, data: event })
    return new WorkflowResponse(event)
  }
)
