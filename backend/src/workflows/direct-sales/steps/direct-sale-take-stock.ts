import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { DirectSaleStockWarning } from "@karya-binaan/contracts"
import type { DirectSalePlan } from "../../../lib/direct-sales/plan"

type Taken = { inventory_item_id: string; location_id: string; quantity: number }

/**
 * Takes the sold units off the venue's stock location. The goods have already left the stand, so
 * a line beyond what the location holds is taken anyway (the level goes below zero) and reported
 * as a warning for staff to settle; Medusa's inventory allows a negative level.
 */
export const takeDirectSaleStockStep = createStep(
  "direct-sale-take-stock",
  async (plan: DirectSalePlan, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const warnings: DirectSaleStockWarning[] = []
    const taken: Taken[] = []
    for (const line of plan.lines) {
      if (!line.inventory_item_id) continue
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: line.inventory_item_id,
        location_id: plan.location_id,
      })
      if (!level) {
        await inventory.createInventoryLevels([
          { inventory_item_id: line.inventory_item_id, location_id: plan.location_id, stocked_quantity: 0 },
        ])
      }
      const available = level ? Number(MathBN.sub(level.stocked_quantity, level.reserved_quantity)) : 0
      if (line.quantity > available) {
        warnings.push({
          variant_id: line.variant_id,
          title: line.variant_title ? `${line.title} — ${line.variant_title}` : line.title,
          quantity: line.quantity,
          available_before: available,
        })
      }
      await inventory.adjustInventory(line.inventory_item_id, plan.location_id, -line.quantity)
      taken.push({ inventory_item_id: line.inventory_item_id, location_id: plan.location_id, quantity: line.quantity })
    }
    return new StepResponse(warnings, taken)
  },
  async (taken, { container }) => {
    if (!taken?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const t of taken) await inventory.adjustInventory(t.inventory_item_id, t.location_id, t.quantity)
  }
)
