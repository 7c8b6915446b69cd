import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROFIT_SHARE_MODULE } from "../../modules/profit-share"
import type ProfitShareModuleService from "../../modules/profit-share/service"
import { lapasIdsOfProducts } from "../lapas/links"

/** One line of an order with the lapas it belongs to. */
export interface OrderLineOfLapas {
  id: string
  title: string
  /** The lapas its sale was booked for, else its product's lapas; null when neither is known. */
  lapas_id: string | null
}

/**
 * An order's lines and the lapas each belongs to, or null when there is no such order. A booked
 * line counts for the lapas its sale was booked for (the ledger is the money's truth); a line not
 * booked yet for its product's lapas.
 */
export async function orderLinesWithLapas(scope: MedusaContainer, orderId: string): Promise<OrderLineOfLapas[] | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.product_id"],
    filters: { id: orderId },
  })
  const order = data[0] as { id: string; items?: ({ id: string; title: string; product_id: string | null } | null)[] } | undefined
  if (!order) return null
  const items = (order.items ?? []).filter((item): item is NonNullable<typeof item> => !!item)

  const profitShare: ProfitShareModuleService = scope.resolve(PROFIT_SHARE_MODULE)
  const sales = (await profitShare.listLedgerEntries({ order_id: orderId, kind: "sale" } as any, {
    select: ["line_item_id", "lapas_id"],
    take: null as any,
  })) as { line_item_id: string; lapas_id: string | null }[]
  const bookedFor = new Map(sales.filter((s) => s.lapas_id).map((s) => [s.line_item_id, s.lapas_id!]))
  const byProduct = await lapasIdsOfProducts(
    scope,
    items.flatMap((item) => (item.product_id ? [item.product_id] : []))
  )
  return items.map((item) => ({
    id: item.id,
    title: item.title,
    lapas_id: bookedFor.get(item.id) ?? (item.product_id ? byProduct.get(item.product_id) ?? null : null),
  }))
}
