import type { ProductProductionCostsResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type ProductionModuleService from "../../../../../modules/production/service"
import { lapasOfProduct, notFound, resolveAdminAccess, stockLocationIdsOfLapas } from "../../../../utils/access"
import { calendarDay } from "../../../../../lib/production/views"

type Row = Record<string, any>

/**
 * A product's production cost per variant: the weighted average HPP (null before the first
 * batch), the stock at the lapas's location, and the batches, newest first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const productId = req.params.id
  const access = await resolveAdminAccess(req)
  const lapasId = await lapasOfProduct(req, productId)
  if (access.role !== "national" && lapasId !== access.lapasId) {
    throw notFound("Product", productId)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.title", "variants.sku", "variants.variant_rank", "variants.inventory_items.inventory_item_id"],
    filters: { id: productId },
  })
  const product = data[0] as Row | undefined
  if (!product) {
    throw notFound("Product", productId)
  }
  const variants = ((product.variants ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
  const variantIds = variants.map((v) => v.id as string)

  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [costs, batches] = variantIds.length
    ? await Promise.all([
        production.listVariantCosts({ variant_id: variantIds }),
        production.listProductionBatches(
          { variant_id: variantIds },
          { relations: ["makers"], order: { produced_on: "DESC", created_at: "DESC" } }
        ),
      ])
    : [[], []]
  const costByVariant = new Map((costs as Row[]).map((c) => [c.variant_id, c]))

  const locationIds = lapasId ? await stockLocationIdsOfLapas(req, lapasId) : []
  const itemIds = variants.flatMap((v) => ((v.inventory_items ?? []) as Row[]).filter(Boolean).map((i) => i.inventory_item_id))
  const levels =
    itemIds.length && locationIds.length
      ? await req.scope
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: itemIds, location_id: locationIds }, { select: ["inventory_item_id", "stocked_quantity"] })
      : []
  const stockByItem = new Map<string, number>()
  for (const level of levels) {
    stockByItem.set(level.inventory_item_id, (stockByItem.get(level.inventory_item_id) ?? 0) + Number(level.stocked_quantity))
  }

  res.json({
    product_id: productId,
    variants: variants.map((variant) => {
      const cost = costByVariant.get(variant.id)
      const items = ((variant.inventory_items ?? []) as Row[]).filter(Boolean)
      return {
        variant_id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        average_unit_cost: cost ? rupiahToJson(cost.raw_average_unit_cost ?? cost.average_unit_cost) : null,
        stocked_quantity: items.reduce((sum, item) => sum + (stockByItem.get(item.inventory_item_id) ?? 0), 0),
        batches: (batches as Row[])
          .filter((batch) => batch.variant_id === variant.id)
          .map((batch) => ({
            id: batch.id,
            quantity: Number(batch.quantity),
            unit_cost: rupiahToJson(batch.raw_unit_cost ?? batch.unit_cost),
            produced_on: calendarDay(batch.produced_on),
            makers_count: (batch.makers ?? []).filter(Boolean).length,
          })),
      }
    }),
  } satisfies ProductProductionCostsResponse)
}
