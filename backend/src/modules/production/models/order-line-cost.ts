import { model } from "@medusajs/framework/utils"

export const LINE_COST_METHODS = ["weighted_average", "no_batches", "no_variant"] as const
export type LineCostMethod = (typeof LINE_COST_METHODS)[number]

/**
 * The unit production cost (HPP) of an order line as it was when the order was placed.
 * Written once per line item and never changed: later batches do not alter a booked sale.
 */
export const OrderLineCost = model.define("production_order_line_cost", {
  id: model.id({ prefix: "olcost" }).primaryKey(),
  order_id: model.text().index(),
  line_item_id: model.text().unique(),
  variant_id: model.text().nullable(),
  lapas_id: model.text().nullable(),
  quantity: model.number(),
  /** Whole rupiah per unit; 0 when the variant never had a batch. */
  unit_cost: model.bigNumber(),
  method: model.enum([...LINE_COST_METHODS]),
})
