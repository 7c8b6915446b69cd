import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface RaiseStockInput {
  inventory_item_id: string
  location_id: string
  quantity: number
}

/**
 * Adds a batch's units to the variant's stocked quantity at the lapas's stock location,
 * creating the inventory level when the item was never stocked there. Compensation takes
 * the units off again, or removes the level it created.
 */
export const raiseProductionStockStep = createStep(
  "production-raise-stock",
  async (input: RaiseStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute([input.inventory_item_id], async () => {
      const [level] = await inventory.listInventoryLevels(
        { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
        { select: ["id", "stocked_quantity"] }
      )
      if (!level) {
        const created = await inventory.createInventoryLevels({
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
          stocked_quantity: input.quantity,
        })
        return new StepResponse(
          { stocked_quantity: Number(created.stocked_quantity) },
          { ...input, created_level_id: created.id as string | null }
        )
      }
      const [adjusted] = await inventory.adjustInventory([
        { inventoryItemId: input.inventory_item_id, locationId: input.location_id, adjustment: input.quantity },
      ])
      return new StepResponse(
        { stocked_quantity: Number(adjusted.stocked_quantity) },
        { ...input, created_level_id: null as string | null }
      )
    })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([compensation.inventory_item_id], async () => {
      if (compensation.created_level_id) {
        await inventory.deleteInventoryLevels(compensation.created_level_id)
        return
      }
      await inventory.adjustInventory([
        {
          inventoryItemId: compensation.inventory_item_id,
          locationId: compensation.location_id,
          adjustment: -compensation.quantity,
        },
      ])
    })
  }
)
