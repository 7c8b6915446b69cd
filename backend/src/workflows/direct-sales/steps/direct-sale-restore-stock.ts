import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export interface RestoreLine {
  inventory_item_id: string
  quantity: number
}

/** Puts a voided sale's units back at a location (the venue's, or the lapas's once an event has closed). */
export const restoreDirectSaleStockStep = createStep(
  "direct-sale-restore-stock",
  async (input: { location_id: string; lines: RestoreLine[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    for (const line of input.lines) {
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: line.inventory_item_id, location_id: input.location_id })
      if (!level) {
        await inventory.createInventoryLevels([
          { inventory_item_id: line.inventory_item_id, location_id: input.location_id, stocked_quantity: 0 },
        ])
      }
      await inventory.adjustInventory(line.inventory_item_id, input.location_id, line.quantity)
    }
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input?.lines.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const line of input.lines) await inventory.adjustInventory(line.inventory_item_id, input.location_id, -line.quantity)
  }
)
