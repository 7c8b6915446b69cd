import { model } from "@medusajs/framework/utils"
import { BatchMaker } from "./batch-maker"

/**
 * Units of one product variant made in a lapas's workshop, with their production cost (HPP)
 * per unit in whole rupiah. Recording a batch raises the variant's stock at the lapas, except a
 * service's (jasa) "batch layanan": its quantity is the number of services it covers.
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
    /**
     * The parts of unit_cost when staff entered them (a batch layanan: materials and labour per
     * service), whole rupiah; both or neither, and then unit_cost = material_cost + labour_cost.
     */
    material_cost: model.bigNumber().nullable(),
    labour_cost: model.bigNumber().nullable(),
    /** The day the batch was finished: midnight WIB of that calendar day. */
    produced_on: model.dateTime(),
    notes: model.text().nullable(),
    makers: model.hasMany(() => BatchMaker, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["makers"] })
