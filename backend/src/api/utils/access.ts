import { STAFF_ROLES, type StaffRole } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import LapasProductLink from "../../links/lapas-product"
import LapasStockLocationLink from "../../links/lapas-stock-location"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"


/** The lapas a product belongs to, or null when it is linked to none. */
export async function lapasOfProduct(req: MedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["lapas_id"],
    filters: { product_id: productId },
  })
  return (data[0] as { lapas_id: string } | undefined)?.lapas_id ?? null
}

export async function productIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["product_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** 404 rather than 403 where telling a caller that a record exists would already leak it. */
export function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id "${id}" was not found.`)
}

export function forbidden(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.FORBIDDEN, message)
}

/** The stock location(s) a lapas ships from. */
export async function stockLocationIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as { stock_location_id: string }[]).map((row) => row.stock_location_id)
}

/** Inventory items of the variants of a lapas's products. */
export async function inventoryItemIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const productIds = await productIdsOfLapas(req, lapasId)
  if (!productIds.length) {
    return []
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  return (data as { inventory_items?: { inventory_item_id: string }[] }[]).flatMap((variant) =>
    (variant.inventory_items ?? []).filter(Boolean).map((item) => item.inventory_item_id)
  )
}

/** Orders holding at least one line of a lapas's products. */
export async function orderIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  return orderIdsOfProducts(req, await productIdsOfLapas(req, lapasId))
}

/** Orders holding at least one line of these products. */
export async function orderIdsOfProducts(req: MedusaRequest, productIds: string[]): Promise<string[]> {
  if (!productIds.length) {
    return []
  }
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(
    `SELECT DISTINCT oi.order_id
       FROM order_item oi
       JOIN order_line_item li ON li.id = oi.item_id
      WHERE li.product_id = ANY(?) AND oi.deleted_at IS NULL AND li.deleted_at IS NULL`,
    [productIds]
  )
  return (result.rows as { order_id: string }[]).map((row) => row.order_id)
}

/** Variant ids and their price sets for a lapas's products. */
export async function variantsOfLapas(req: MedusaRequest, lapasId: string) {
  const productIds = await productIdsOfLapas(req, lapasId)
  if (!productIds.length) {
    return { variantIds: new Set<string>(), priceSetIds: new Set<string>() }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "price_set.id"],
    filters: { product_id: productIds },
  })
  const variants = data as { id: string; price_set?: { id: string } | null }[]
  return {
    variantIds: new Set(variants.map((v) => v.id)),
    priceSetIds: new Set(variants.flatMap((v) => (v.price_set?.id ? [v.price_set.id] : []))),
  }
}

/**
 * Price lists of a lapas: those with at least one price, every price of which is for one of
 * the lapas's variants. A list mixing lapas belongs to none and is the national office's.
 */
export async function priceListIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const { priceSetIds } = await variantsOfLapas(req, lapasId)
  if (!priceSetIds.size) {
    return []
  }
  const pricing = req.scope.resolve(Modules.PRICING)
  const prices = await pricing.listPrices(
    { price_list_id: { $ne: null } } as any,
    { select: ["price_list_id", "price_set_id"] } as any
  )
  const owned = new Map<string, boolean>()
  for (const price of prices as unknown as { price_list_id: string; price_set_id: string }[]) {
    const ownPrice = priceSetIds.has(price.price_set_id)
    owned.set(price.price_list_id, (owned.get(price.price_list_id) ?? true) && ownPrice)
  }
  return [...owned].filter(([, own]) => own).map(([id]) => id)
}
