import { model } from "@medusajs/framework/utils"

/**
 * The moving weighted average production cost (HPP) of a variant's units in stock at its
 * lapas; see the module README for the method. One row per variant.
 */
export const VariantCost = model.define("production_variant_cost", {
  id: model.id({ prefix: "pvcost" }).primaryKey(),
  variant_id: model.text().unique(),
  lapas_id: model.text().index(),
  /** Whole rupiah per unit. */
  average_unit_cost: model.bigNumber(),
  /** Units the average was last computed over: stock before the last batch plus the batch. */
  quantity_basis: model.number(),
  batch_count: model.number().default(0),
  last_batch_id: model.text().nullable(),
})
