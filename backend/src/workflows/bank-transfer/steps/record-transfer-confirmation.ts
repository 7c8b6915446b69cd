import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface RecordTransferConfirmationInput {
  order_id: string
  lapas_id: string
  payment_id: string
  /** Whole rupiah, already checked against the part's expected amount. */
  amount: number
  transferred_on: string
  proof_url: string | null
  confirmed_by: string
}

/** Records a lapas's confirmation that its part's transfer arrived. */
export const recordTransferConfirmationStep = createStep(
  "record-transfer-confirmation",
  async (input: RecordTransferConfirmationInput, { container }) => {
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
