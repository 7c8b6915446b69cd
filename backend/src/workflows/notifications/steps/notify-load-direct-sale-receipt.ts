import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NotificationContent } from "@medusajs/framework/types"
import type { DirectSaleRecord } from "../../../lib/direct-sales/views"
import { renderDirectSaleReceiptEmail } from "../../../lib/notifications/direct-sale-receipt-email"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { receiptFacts } from "../../../reports/receipts/facts"

export interface DirectSaleReceiptEmail {
  sale_id: string
  to: string
  content: NotificationContent
}

/**
 * The buyer's receipt e-mail of a recorded sale, rendered in Indonesian (a sale records no
 * language); null when the cashier typed no e-mail, or the sale is unknown, unfinished or voided.
 */
export const loadDirectSaleReceiptEmailStep = createStep(
  "notify-load-direct-sale-receipt",
  async (input: { id: string }, { container }) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const [sale] = (await service.listDirectSales({ id: input.id })) as unknown as DirectSaleRecord[]
    const email = sale?.buyer?.email?.trim()
    if (!sale || !sale.order_id || sale.voided_at || !email) return new StepResponse(null as DirectSaleReceiptEmail | null)
    const { receipt, url } = await receiptFacts(container, sale)
    const content = renderDirectSaleReceiptEmail(receipt, url, { buyerName: sale.buyer?.name, locale: "id" })
    return new StepResponse({ sale_id: sale.id, to: email, content } as DirectSaleReceiptEmail | null)
  }
)
