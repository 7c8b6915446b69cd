import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/** How many lapas parts of the order are confirmed so far. Reads only. */
export const countConfirmedTransferPartsStep = createStep(
  "count-confirmed-transfer-parts",
  async (input: { order_id: string }, { container }) => {
    const service: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [, count] = await service.listAndCountTransferConfirmations({ order_id: input.order_id })
    return new StepResponse(count)
  }
)
