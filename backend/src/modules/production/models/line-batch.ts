import { model } from "@medusajs/framework/utils"

/**
 * Which production batch the units of an order line came from: written when the order is
 * placed, FIFO over the variant's batches (oldest produced_on first, then created_at), next to
 * the line's HPP snapshot. A line taking units from two batches has two rows. Append-only
 * (see the migration): what a sale took from a batch is never rewritten. The premi module
 * shares a line's premi among the makers of these batches.
 */
export const ProductionLineBatch = model
  .define("production_line_batch", {
    id: model.id({ prefix: "plbatch" }).primaryKey(),
    order_id: model.text().index(),
    line_item_id: model.text().index(),
    variant_id: model.text(),
    batch_id: model.text().index(),
    /** Units of the line taken from the batch, > 0. */
    quantity: model.number(),
  })
  .indexes([{ on: ["line_item_id", "batch_id"], unique: true }])
