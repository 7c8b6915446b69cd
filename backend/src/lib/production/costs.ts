import type { VariantProductionCost } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stockLocationIdsOfLapas } from "../lapas/links"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { kindOfTypeValue } from "../catalog/service-type"
import { calendarDay } from "./views"

type Row = Record<string, any>

/** A variant with its product, as `variantProductionCosts` reports it. */
export type VariantProductionCostRow = VariantProductionCost & { product_id: string; product_title: string | null }

/**
 * The production cost per variant of the given products (all of one lapas): the weighted average
 * HPP (null before the first batch), the stock at the lapas's locations, and the batches, newest
 * first. Variants in product order, then by rank.
 */
export async function variantProductionCosts(
  scope: MedusaContainer,
  lapasId: string,
  productIds: string[]
): Promise<VariantProductionCostRow[]> {
  if (!productIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "type.value",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.variant_rank",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: productIds },
  })
  const ordered = (products as Row[]).sort(
    (a, b) => String(a.title ?? "").localeCompare(String(b.title ?? "")) || String(a.id).localeCompare(String(b.id))
  )
  const variants = ordered.flatMap((product) =>
    ((product.variants ?? []) as Row[])
      .filter(Boolean)
      .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      .map((variant): Row => ({
        ...variant,
        product_id: product.id as string,
        product_title: (product.title ?? null) as string | null,
        is_service: kindOfTypeValue(product.type?.value) === "service",
      }))
  )
  const variantIds = variants.map((v) => v.id as string)
  if (!variantIds.length) return []

  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const [costs, batches] = await Promise.all([
    production.listVariantCosts({ variant_id: variantIds }),
    production.listProductionBatches(
      { variant_id: variantIds, lapas_id: lapasId },
      { relations: ["makers"], order: { produced_on: "DESC", created_at: "DESC" } }
    ),
  ])
  const costByVariant = new Map((costs as Row[]).map((c) => [c.variant_id, c]))

  const locationIds = await stockLocationIdsOfLapas(scope, lapasId)
  const itemIds = variants.flatMap((v) => ((v.inventory_items ?? []) as Row[]).filter(Boolean).map((i) => i.inventory_item_id))
  const levels =
    itemIds.length && locationIds.length
      ? await scope
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: itemIds, location_id: locationIds }, { select: ["inventory_item_id", "stocked_quantity"] })
      : []
  const stockByItem = new Map<string, number>()
  for (const level of levels) {
    stockByItem.set(level.inventory_item_id, (stockByItem.get(level.inventory_item_id) ?? 0) + Number(level.stocked_quantity))
  }

  return variants.map((variant) => {
    const cost = costByVariant.get(variant.id)
    const items = ((variant.inventory_items ?? []) as Row[]).filter(Boolean)
    return {
      product_id: variant.product_id,
      product_title: variant.product_title,
      variant_id: variant.id,
      title: variant.title ?? null,
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
      is_service: Boolean(variant.is_service),
    }
  })
}
