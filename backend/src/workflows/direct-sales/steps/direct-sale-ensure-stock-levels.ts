import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

/**
 * Makes the inventory levels a stock move lands on where they are missing (an event's location
 * holds none until something is moved to it); undone by deleting the levels it made.
 */
export const ensureStockLevelsStep = createStep(
  "direct-sale-ensure-stock-levels",
  async (input: { location_id: string; inventory_item_ids: string[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    if (!input.inventory_item_ids.length) return new StepResponse([] as string[], [] as string[])
    const existing = await inventory.listInventoryLevels(
      { location_id: input.location_id, inventory_item_id: input.inventory_item_ids },
      { select: ["id", "inventory_item_id"], take: null as any }
    )
    const have = new Set(existing.map((level) => level.inventory_item_id))
    const missing = [...new Set(input.inventory_item_ids)].filter((id) => !have.has(id))
    if (!missing.length) return new StepResponse([] as string[], [] as string[])
    const created = await inventory.createInventoryLevels(
      missing.map((inventory_item_id) => ({ inventory_item_id, location_id: input.location_id, stocked_quantity: 0 }))
    )
    const ids = created.map((level) => level.id)
    return new StepResponse(ids, ids)
  },
  async (created, { container }) => {
    if (!created?.length) return
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(created)
  }
)
