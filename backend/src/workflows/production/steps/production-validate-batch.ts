import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import LapasProductLink from "../../../links/lapas-product"
import LapasStockLocationLink from "../../../links/lapas-stock-location"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { SERVICE_PRODUCT_TYPE } from "@karya-binaan/contracts"

export interface ValidateProductionBatchInput {
  /** The caller's lapas; null for a national user, who records for the variant's own lapas. */
  actor_lapas_id: string | null
  variant_id: string
  makers: { inmate_id: string; work_units: number }[]
}

export interface ProductionBatchContext {
  lapas_id: string
  product_id: string
  variant_id: string
  /** Null for a service (jasa): a batch layanan raises no stock. */
  inventory_item_id: string | null
  location_id: string | null
  /** The product is a service (product type "jasa"). */
  is_service: boolean
}

/**
 * Checks everything a batch needs before anything is written: the variant exists and belongs
 * to the caller's lapas, that lapas has a stock location, the variant tracks stock, and every
 * maker is an active inmate of the same lapas. A service's variant (product type "jasa") tracks no
 * stock and needs no location: its batch layanan only sets the HPP and the makers. Writes nothing,
 * so needs no compensation.
 */
export const validateProductionBatchStep = createStep(
  "production-validate-batch",
  async (input: ValidateProductionBatchInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const variantMissing = () =>
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product variant with id "${input.variant_id}" was not found.`
      )

    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "manage_inventory", "inventory_items.inventory_item_id", "product.type.value"],
      filters: { id: input.variant_id },
    })
    const variant = variants[0] as
      | {
          id: string
          product_id: string
          manage_inventory: boolean
          inventory_items?: { inventory_item_id: string }[]
          product?: { type?: { value?: string | null } | null } | null
        }
      | undefined
    if (!variant?.product_id) {
      throw variantMissing()
    }

    const { data: productLinks } = await query.graph({
      entity: LapasProductLink.entryPoint,
      fields: ["lapas_id"],
      filters: { product_id: variant.product_id },
    })
    const lapasId = (productLinks[0] as { lapas_id: string } | undefined)?.lapas_id
    if (input.actor_lapas_id && lapasId !== input.actor_lapas_id) {
      // A lapas user never learns that another lapas's variant exists.
      throw variantMissing()
    }
    if (!lapasId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The product of variant "${input.variant_id}" belongs to no lapas; link it to its lapas before recording production.`
      )
    }

    const isService = variant.product?.type?.value === SERVICE_PRODUCT_TYPE

    const { data: locationLinks } = await query.graph({
      entity: LapasStockLocationLink.entryPoint,
      fields: ["stock_location_id"],
      filters: { lapas_id: lapasId },
    })
    const locationId = (locationLinks[0] as { stock_location_id: string } | undefined)?.stock_location_id
    if (!locationId && !isService) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This lapas has no stock location yet; ask a national administrator to link one before recording production."
      )
    }

    const inventoryItemId = (variant.inventory_items ?? []).find(Boolean)?.inventory_item_id
    if (!isService && (!variant.manage_inventory || !inventoryItemId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant "${input.variant_id}" does not track stock; turn on "manage inventory" for it, then record the batch.`
      )
    }

    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const inmateIds = input.makers.map((m) => m.inmate_id)
    if (new Set(inmateIds).size !== inmateIds.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Each inmate appears once among a batch's makers; add their work units together."
      )
    }
    const inmates = await production.listInmates(
      { id: inmateIds, lapas_id: lapasId },
      { select: ["id", "code", "status"] }
    )
    const found = new Map(inmates.map((inmate) => [inmate.id, inmate]))
    const unknown = inmateIds.filter((id) => !found.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No inmate of this lapas has the id ${unknown.map((id) => `"${id}"`).join(", ")}; makers must be inmates of the lapas that made the batch.`
      )
    }
    const inactive = inmates.filter((inmate) => inmate.status !== "active")
    if (inactive.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Only active inmates can be recorded as makers; ${inactive.map((i) => i.code).join(", ")} ${inactive.length === 1 ? "is" : "are"} no longer active.`
      )
    }

    const context: ProductionBatchContext = {
      lapas_id: lapasId,
      product_id: variant.product_id,
      variant_id: variant.id,
      inventory_item_id: isService ? null : inventoryItemId!,
      location_id: isService ? null : locationId!,
      is_service: isService,
    }
    return new StepResponse(context)
  }
)
