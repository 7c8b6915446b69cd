import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { RecordDirectSaleRequest, RecordDirectSaleResponse } from "@karya-binaan/contracts"
import { ensureDirectSalesChannel } from "../../../lib/direct-sales/channel"
import { planDirectSale } from "../../../lib/direct-sales/plan"
import { directSaleViews, type DirectSaleRecord } from "../../../lib/direct-sales/views"
import { DIRECT_SALE_RECORDED_EVENT } from "../../../lib/direct-sales/events"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { bookOrderSharesWorkflow } from "../../../workflows/profit-share/book-order-shares"
import { recordDirectSaleWorkflow } from "../../../workflows/direct-sales/record-direct-sale"

const alreadyUsed = () =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    "This sale id (client_id) was already used for another sale; the device makes a new id for each sale."
  )

async function saleByClientId(scope: MedusaContainer, clientId: string) {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const [sale] = (await service.listDirectSales({ client_id: clientId }, { withDeleted: true } as any)) as unknown as DirectSaleRecord[]
  return sale
}

/**
 * Records a direct sale once per device id: under a lock on the id, an id already recorded is
 * answered with its sale (replayed, nothing booked again); otherwise the sale is planned,
 * recorded (record-direct-sale) and its shares booked at once. Booking also runs on the capture
 * event; both are idempotent, so the sale is booked once whichever comes first.
 */
export async function recordDirectSale(
  scope: MedusaContainer,
  input: { lapas_id: string; cashier: { id: string; name: string }; sale: RecordDirectSaleRequest & { discount: number } }
): Promise<RecordDirectSaleResponse> {
  const locking = scope.resolve(Modules.LOCKING)
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  return locking.execute(
    `direct-sale:${input.sale.client_id}`,
    async () => {
      const existing = await saleByClientId(scope, input.sale.client_id)
      if (existing) {
        if (existing.lapas_id !== input.lapas_id) throw alreadyUsed()
        if (existing.order_id) {
          const [view] = await directSaleViews(scope, [existing])
          return { direct_sale: view, replayed: true }
        }
        // A claim without its order: a process died mid-way. With no order naming it nothing was
        // sold through it, so it is cleared and recorded anew; an order naming it is left for
        // staff to see rather than a second order made beside it.
        const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const named = await pg.raw(
          `SELECT display_id FROM "order" WHERE metadata -> 'direct_sale' ->> 'direct_sale_id' = ? AND deleted_at IS NULL LIMIT 1`,
          [existing.id]
        )
        if (named.rows.length) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `This sale was half-recorded as order #${named.rows[0].display_id}; ask finance to settle that order before sending it again.`
          )
        }
        const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
        await service.deleteDirectSales(existing.id)
      }
      const plan = await planDirectSale(scope, input)
      if (BigInt(plan.total) <= 0n) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A sale's total must be above Rp 0.")
      }
      const salesChannelId = await ensureDirectSalesChannel(scope)
      const { result } = await recordDirectSaleWorkflow(scope).run({ input: { plan, sales_channel_id: salesChannelId } })
      try {
        await bookOrderSharesWorkflow(scope).run({ input: { order_id: result.order_id, payment_id: result.payment_id } })
      } catch (error) {
        // The sale stands (the money changed hands); the capture event's booking retries it.
        logger.error(`Direct sale ${result.direct_sale_id} (order ${result.order_id}): booking failed: ${(error as Error).message}`)
      }
      const recorded = await saleByClientId(scope, input.sale.client_id)
      try {
        // Subscribers (the buyer's e-mailed receipt) hear of new sales only, never of a replay.
        await scope.resolve(Modules.EVENT_BUS).emit({ name: DIRECT_SALE_RECORDED_EVENT, data: { id: recorded.id } })
      } catch (error) {
        logger.error(`Direct sale ${recorded.id}: the ${DIRECT_SALE_RECORDED_EVENT} event could not be emitted: ${(error as Error).message}`)
      }
      const [view] = await directSaleViews(scope, [recorded])
      return { direct_sale: view, replayed: false }
    },
    { timeout: 60 }
  )
}
