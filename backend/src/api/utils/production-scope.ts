import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lapasIdsOfProducts } from "../../lib/lapas/links"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { notInScope, type MemberAccess } from "./member-access"

/**
 * Scope checks for the production area of the lapas API: every id a caller names (variant,
 * product, inmate, batch) is resolved to its lapas and refused with a 404 naming the kind and id
 * when it is not the caller's (for national members: when it does not exist).
 */

/** A product the member may see: its lapas id; 404 otherwise (also for a product of no lapas). */
export async function requireProductInScope(scope: MedusaContainer, member: MemberAccess, productId: string) {
  const lapasId = (await lapasIdsOfProducts(scope, [productId])).get(productId) ?? null
  if (!lapasId || (member.role !== "national" && lapasId !== member.lapasId)) {
    throw notInScope("Product", productId)
  }
  return lapasId
}

/** A variant the member may use: its product and lapas; 404 otherwise. */
export async function requireVariantInScope(scope: MedusaContainer, member: MemberAccess, variantId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantId },
  })
  const productId = (data[0] as { product_id?: string } | undefined)?.product_id
  const lapasId = productId ? (await lapasIdsOfProducts(scope, [productId])).get(productId) ?? null : null
  if (!productId || !lapasId || (member.role !== "national" && lapasId !== member.lapasId)) {
    throw notInScope("Product variant", variantId)
  }
  return { variantId, productId, lapasId }
}

/**
 * Inmates the member may name, all of them checked before anything is written: 404 naming the
 * first that is another lapas's or unknown. With `lapasId`, every inmate must also be of that
 * lapas (a national member recording a batch for one lapas).
 */
export async function requireInmatesInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  inmateIds: string[],
  lapasId?: string
) {
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const ids = [...new Set(inmateIds)]
  const filters: Record<string, unknown> = { id: ids }
  if (member.role !== "national") filters.lapas_id = member.lapasId
  const found = ids.length ? await production.listInmates(filters) : []
  const byId = new Map(found.map((inmate) => [inmate.id, inmate]))
  for (const id of inmateIds) {
    const inmate = byId.get(id)
    if (!inmate || (lapasId && inmate.lapas_id !== lapasId)) {
      throw notInScope("Inmate", id)
    }
  }
  return inmateIds.map((id) => byId.get(id)!)
}

/** One inmate the member may see; 404 otherwise. */
export async function requireInmateInScope(scope: MedusaContainer, member: MemberAccess, inmateId: string) {
  const [inmate] = await requireInmatesInScope(scope, member, [inmateId])
  return inmate
}

/** A production batch the member may see, with its makers; 404 otherwise. */
export async function requireBatchInScope(scope: MedusaContainer, member: MemberAccess, batchId: string) {
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const filters: Record<string, unknown> = { id: batchId }
  if (member.role !== "national") filters.lapas_id = member.lapasId
  const [batch] = await production.listProductionBatches(filters, { relations: ["makers", "makers.inmate"] })
  if (!batch) {
    throw notInScope("Production batch", batchId)
  }
  return batch
}
