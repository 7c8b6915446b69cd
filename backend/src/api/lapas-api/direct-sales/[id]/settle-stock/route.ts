import type { DirectSaleResponse, SettleDirectSaleStockRequest } from "@karya-binaan/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { directSaleViews } from "../../../../../lib/direct-sales/views"
import { DIRECT_SALE_MODULE } from "../../../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../../../modules/direct-sale/service"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"
import { requireDirectSaleInScope } from "../../scope"

/**
 * Settles a sale that sold more than the venue held (its stock warnings): staff counted the goods
 * and corrected what needed correcting, and say how (note). Records who and when; the warnings
 * stay on the sale as history. Only a completed sale with warnings (400), once (409).
 */
export const POST = memberRoute<SettleDirectSaleStockRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { note } = req.validatedBody
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(
    `direct-sale-settle:${req.params.id}`,
    async () => {
      const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
      if (sale.voided_at) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "This sale was voided and its units went back to stock; there is nothing to settle.")
      }
      if (!(sale.stock_warnings ?? []).length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "This sale sold no more than the venue held; there is nothing to settle.")
      }
      if (sale.stock_settled_at) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `This sale's stock was already settled on ${new Date(sale.stock_settled_at).toISOString()}; nothing was changed.`
        )
      }
      const service: DirectSaleModuleService = req.scope.resolve(DIRECT_SALE_MODULE)
      await service.updateDirectSales({
        id: sale.id,
        stock_settled_at: new Date(),
        stock_settled_by: member.memberId,
        stock_settle_note: note,
      } as any)
    },
    { timeout: 30 }
  )
  const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
  const [view] = await directSaleViews(req.scope, [sale])
  res.json({ direct_sale: view } satisfies DirectSaleResponse)
})
