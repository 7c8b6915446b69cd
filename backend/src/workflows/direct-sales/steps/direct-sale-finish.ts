import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DirectSaleStockWarning } from "@karya-binaan/contracts"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"

/** Ties the sale's record to its paid order and keeps the stock warnings. */
export const finishDirectSaleStep = createStep(
  "direct-sale-finish",
  async (input: { direct_sale_id: string; order_id: string; stock_warnings: DirectSaleStockWarning[] }, { container }) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.updateDirectSales({
      id: input.direct_sale_id,
      order_id: input.order_id,
      stock_warnings: input.stock_warnings as any,
    })
    return new StepResponse({ id: input.direct_sale_id })
  }
)
