import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import LapasProductLink from "../../links/lapas-product"
import LapasStockLocationLink from "../../links/lapas-stock-location"
import { LAPAS_MODULE } from "../../modules/lapas"
import { Lapas } from "../../modules/lapas/models/lapas"
import type LapasModuleService from "../../modules/lapas/service"

/** Which lapas products and stock locations belong to, through their links, and the lapas rows. */

export type LapasRecord = InferTypeOf<typeof Lapas>

/** Product id → lapas id, through the lapas↔product link. */
export async function lapasIdsOfProducts(scope: MedusaContainer, productIds: string[]) {
  const result = new Map<string, string>()
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["lapas_id", "product_id"],
    filters: { product_id: ids },
  })
  for (const row of data as { lapas_id: string; product_id: string }[]) {
    result.set(row.product_id, row.lapas_id)
  }
  return result
}

/** The ids of every product of the lapas (of every lapas when `lapasId` is null). */
export async function productIdsOfLapas(scope: MedusaContainer, lapasId: string | null): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["product_id"],
    filters: lapasId ? { lapas_id: lapasId } : {},
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** The stock locations a lapas ships from (lapas↔stock location link). */
export async function stockLocationIdsOfLapas(scope: MedusaContainer, lapasId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as { stock_location_id: string }[]).map((row) => row.stock_location_id)
}

/** Stock location id → lapas id, through the lapas↔stock location link. */
export async function lapasIdsOfStockLocations(scope: MedusaContainer, locationIds: string[]) {
  const result = new Map<string, string>()
  const ids = [...new Set(locationIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["lapas_id", "stock_location_id"],
    filters: { stock_location_id: ids },
  })
  for (const row of data as { lapas_id: string; stock_location_id: string }[]) {
    result.set(row.stock_location_id, row.lapas_id)
  }
  return result
}

export async function loadLapasRows(scope: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, LapasRecord>()
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const rows = await lapasService.listLapas({ id: unique })
  return new Map(rows.map((row): [string, LapasRecord] => [row.id, row]))
}
