import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface RaiseStockInput {
  /** Null for a service's batch layanan: nothing is stocked. */
  inventory_item_id: string | null
  location_id: string | null
  quantity: number
}

/**
 * Adds a batch's units to the variant's stocked quantity at the lapas's stock location,
 * creating the inventory level when the item was never stocked there. Compensation takes
 * the units off again, or removes the level it created. A service (no inventory item) is left
 * alone: a batch layanan covers services, it brings no units into stock.
 */
export const raiseProductionStockStep = createStep(
  "production-raise-stock",
  async (input: RaiseStockInput, { container }) => {
    if (!input.inventory_item_id || !input.location_id) {
      return new StepResponse({ stocked_quantity: 0 }, null)
    }
    const inventoryItemId = input.inventory_item_id
    const locationId = input.location_id
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute([inventoryItemId], async () => {
      const [level] = await inventory.listInventoryLevels(
        { inventory_item_id: inventoryItemId, location_id: locationId },
        { select: ["id", "stocked_quantity"] }
      )
      if (!level) {
        const created = await inventory.createInventoryLevels({
          inventory_item_id: inventoryItemId,
          location_id: locationId,
          stocked_quantity: input.quantity,
        })
        return new StepResponse(
          { stocked_quantity: Number(created.stocked_quantity) },
          { inventory_item_id: inventoryItemId, location_id: locationId, quantity: input.quantity, created_level_id: created.id as string | null }
        )
      }
      const [adjusted] = await inventory.adjustInventory([
        { inventoryItemId, locationId, adjustment: input.quantity },
      ])
      return new StepResponse(
        { stocked_quantity: Number(adjusted.stocked_quantity) },
        { inventory_item_id: inventoryItemId, location_id: locationId, quantity: input.quantity, created_level_id: null as string | null }
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
