import type { DirectSaleResponse, VoidDirectSaleRequest } from "@karya-binaan/contracts"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { directSaleViews } from "../../../../../lib/direct-sales/views"
import { lapasLocationOf, requireVenueOfLapas } from "../../../../../lib/direct-sales/venues"
import { bookPaymentRefundsWorkflow } from "../../../../../workflows/profit-share/book-payment-refunds"
import { voidDirectSaleWorkflow } from "../../../../../workflows/direct-sales/void-direct-sale"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"
import { requireDirectSaleInScope } from "../../scope"

/**
 * Voids a direct sale with a reason: Medusa cancels its order and refunds the captured payment,
 * the shares are reversed by the same path as an online cancellation, the units return to the
 * venue's stock (the lapas's own once an event has closed). Voiding twice is refused (409).
 */
export const POST = memberRoute<VoidDirectSaleRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { reason } = req.validatedBody
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(
    `direct-sale-void:${req.params.id}`,
    async () => {
      const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
      if (sale.voided_at) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "This sale was already voided; nothing was changed.")
      }
      const venue = await requireVenueOfLapas(req.scope, sale.lapas_id, sale.venue_id)
      const location =
        venue.stock_location_id && !venue.closed_at
          ? venue.stock_location_id
          : await lapasLocationOf(req.scope, sale.lapas_id)
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
        filters: { id: sale.lines.map((l) => l.variant_id) },
      })
      const itemOf = new Map(
        (variants as any[])
          .filter((v) => v.manage_inventory && v.inventory_items?.[0]?.inventory_item_id)
          .map((v) => [v.id, v.inventory_items[0].inventory_item_id as string])
      )
      const lines = sale.lines
        .filter((l) => !l.is_service && itemOf.has(l.variant_id))
        .map((l) => ({ inventory_item_id: itemOf.get(l.variant_id)!, quantity: l.quantity }))
      await voidDirectSaleWorkflow(req.scope).run({
        input: {
          direct_sale_id: sale.id,
          order_id: sale.order_id!,
          reason,
          voided_by: member.memberId,
          location_id: location,
          lines,
        },
      })
      // The cancel's refund is booked on order.canceled too; booking now makes the reversal
      // visible in this answer's ledger at once (idempotent either way).
      await bookPaymentRefundsWorkflow(req.scope).run({ input: { order_id: sale.order_id! } })
    },
    { timeout: 60 }
  )
  const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
  const [view] = await directSaleViews(req.scope, [sale])
  res.json({ direct_sale: view } satisfies DirectSaleResponse)
})
