import { model } from "@medusajs/framework/utils"
import { BatchMaker } from "./batch-maker"

/**
 * Units of one product variant made in a lapas's workshop, with their production cost (HPP)
 * per unit in whole rupiah. Recording a batch raises the variant's stock at the lapas.
 */
export const ProductionBatch = model
  .define("production_batch", {
    id: model.id({ prefix: "pbatch" }).primaryKey(),
    lapas_id: model.text().index(),
    product_id: model.text().index(),
    variant_id: model.text().index(),
    quantity: model.number(),
    /** HPP of one unit, whole rupiah. */
    unit_cost: model.bigNumber(),
    /** The day the batch was finished: midnight WIB of that calendar day. */
    produced_on: model.dateTime(),
    notes: model.text().nullable(),
    makers: model.hasMany(() => BatchMaker, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["makers"] })
