import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import { movingAverage } from "../../../modules/production/cost"
import type ProductionModuleService from "../../../modules/production/service"

export interface UpdateVariantCostInput {
  batch_id: string
  lapas_id: string
  variant_id: string
  /** Null for a service: no stock, so each batch layanan sets the HPP (stock before = 0). */
  inventory_item_id: string | null
  location_id: string | null
  quantity: number
  unit_cost: number
}

type Previous = {
  id: string
  average_unit_cost: string
  quantity_basis: number
  batch_count: number
  last_batch_id: string | null
} | null

/**
 * Moves the variant's weighted average HPP to take in the batch, from the stock held at the
 * lapas's location before the batch arrives (see the production module README).
 * Compensation puts the previous average back, or removes a row this step created.
 */
export const updateVariantCostStep = createStep(
  "production-update-variant-cost",
  async (input: UpdateVariantCostInput, { container }) => {
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)

    const [level] =
      input.inventory_item_id && input.location_id
        ? await inventory.listInventoryLevels(
            { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
            { select: ["id", "stocked_quantity"] }
          )
        : []
    const stockBefore = level ? Math.trunc(Number(level.stocked_quantity)) : 0

    const [current] = await production.listVariantCosts({ variant_id: input.variant_id })
    const { average, basis } = movingAverage({
      stock: stockBefore,
      average: current ? String(current.raw_average_unit_cost?.value ?? current.average_unit_cost) : null,
      quantity: input.quantity,
      unitCost: input.unit_cost,
    })
    if (average > BigInt(Number.MAX_SAFE_INTEGER) || basis > 2_147_483_647n) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The average cost or stock would exceed what can be stored.")
    }

    const values = {
      lapas_id: input.lapas_id,
      average_unit_cost: Number(average),
      quantity_basis: Number(basis),
      batch_count: (current?.batch_count ?? 0) + 1,
      last_batch_id: input.batch_id,
    }
    let previous: Previous = null
    let id: string
    if (current) {
      previous = {
        id: current.id,
        average_unit_cost: String(current.raw_average_unit_cost?.value ?? current.average_unit_cost),
        quantity_basis: current.quantity_basis,
        batch_count: current.batch_count,
        last_batch_id: current.last_batch_id ?? null,
      }
      await production.updateVariantCosts({ id: current.id, ...values })
      id = current.id
    } else {
      const created = await production.createVariantCosts({ variant_id: input.variant_id, ...values })
      id = created.id
    }
    return new StepResponse(
      { variant_id: input.variant_id, average_unit_cost: Number(average), stock_before: stockBefore },
      { id, previous }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (!compensation.previous) {
      await production.deleteVariantCosts(compensation.id)
      return
    }
    const { id, ...previous } = compensation.previous
    await production.updateVariantCosts({
      id,
      ...previous,
      average_unit_cost: Number(previous.average_unit_cost),
    })
  }
)
