import { model } from "@medusajs/framework/utils"

/**
 * Units moved between the lapas's own stock location and an event's (to the event before it,
 * back after it), as recorded; the inventory levels are Medusa's.
 */
export const VenueStockMove = model
  .define("direct_sale_stock_move", {
    id: model.id({ prefix: "vsmove" }).primaryKey(),
    lapas_id: model.text(),
    venue_id: model.text(),
    variant_id: model.text(),
    direction: model.enum(["to_venue", "from_venue"]),
    quantity: model.number(),
    moved_by: model.text(),
  })
  .indexes([{ on: ["venue_id"] }])
