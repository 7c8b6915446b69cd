import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { SERVICE_PRODUCT_TYPE, type DirectSaleCatalogItem } from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { RUPIAH } from "../catalog/lapas-catalog"
import { productIdsOfLapas, stockLocationIdsOfLapas } from "../lapas/links"
import { tillRegionId, type VenueRecord } from "./venues"

type Row = Record<string, any>

/** Product statuses a till sells: a draft may be a service or a piece sold only at the counter. */
const UNSELLABLE_STATUSES = new Set(["rejected"])

/** The location a venue sells from: an event's own, else the lapas's (as planDirectSale takes stock). */
export async function venueLocationId(scope: MedusaContainer, lapasId: string, venue: VenueRecord): Promise<string | null> {
  return venue.stock_location_id ?? (await stockLocationIdsOfLapas(scope, lapasId))[0] ?? null
}

/**
 * Every variant of the lapas that a till can sell at this venue: priced in rupiah the way
 * planDirectSale prices a sale (calculated_price in the rupiah region), with what the venue's
 * location holds. Four reads whatever the size of the catalogue: the lapas's product ids, the
 * variants with their prices, the stock levels at one location, the region.
 * Variants without a rupiah price are left out (the server would refuse them).
 */
export async function directSaleCatalogItems(
  scope: MedusaContainer,
  lapasId: string,
  venue: VenueRecord
): Promise<DirectSaleCatalogItem[]> {
  const productIds = await productIdsOfLapas(scope, lapasId)
  if (!productIds.length) return []
  const regionId = await tillRegionId(scope)

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "barcode",
      "manage_inventory",
      "variant_rank",
      "created_at",
      "product_id",
      "product.title",
      "product.status",
      "product.thumbnail",
      "product.type.value",
      "inventory_items.inventory_item_id",
      "calculated_price.calculated_amount",
    ],
    filters: { product_id: productIds },
    context: { calculated_price: QueryContext({ region_id: regionId, currency_code: RUPIAH }) },
  })
  const variants = (data as Row[]).filter(
    (v) =>
      v &&
      v.product &&
      !UNSELLABLE_STATUSES.has(String(v.product.status)) &&
      v.calculated_price?.calculated_amount !== undefined &&
      v.calculated_price?.calculated_amount !== null
  )

  const isService = (v: Row) => v.product?.type?.value === SERVICE_PRODUCT_TYPE
  const tracked = (v: Row) => !!v.manage_inventory && !isService(v)
  const itemOf = (v: Row): string | undefined => ((v.inventory_items ?? []) as Row[]).find(Boolean)?.inventory_item_id
  const itemIds = [...new Set(variants.filter(tracked).map(itemOf).filter((id): id is string => !!id))]

  const location = await venueLocationId(scope, lapasId, venue)
  const availableOf = new Map<string, number>()
  if (location && itemIds.length) {
    const levels = await scope
      .resolve(Modules.INVENTORY)
      .listInventoryLevels(
        { inventory_item_id: itemIds, location_id: location },
        { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], take: null as any }
      )
    for (const level of levels) {
      availableOf.set(level.inventory_item_id, Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0))
    }
  }

  const time = (v: Row) => (v.created_at ? new Date(v.created_at).getTime() : 0)
  variants.sort(
    (a, b) =>
      String(a.product.title).localeCompare(String(b.product.title), "id") ||
      String(a.product_id).localeCompare(String(b.product_id)) ||
      (a.variant_rank ?? Number.MAX_SAFE_INTEGER) - (b.variant_rank ?? Number.MAX_SAFE_INTEGER) ||
      time(a) - time(b) ||
      (a.id < b.id ? -1 : 1)
  )

  return variants.map((v): DirectSaleCatalogItem => {
    const item = itemOf(v)
    return {
      variant_id: v.id,
      product_id: v.product_id,
      title: v.product.title,
      variant_title: v.title ?? null,
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      thumbnail: v.product.thumbnail ?? null,
      unit_price: rupiahToJson(toRupiahBigInt(v.calculated_price.calculated_amount, { round: true })),
      is_service: isService(v),
      manage_inventory: !!v.manage_inventory,
      available: tracked(v) ? (item ? availableOf.get(item) ?? 0 : 0) : null,
    }
  })
}
