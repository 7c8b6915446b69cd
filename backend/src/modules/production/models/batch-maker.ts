import { model } from "@medusajs/framework/utils"
import { Inmate } from "./inmate"
import { ProductionBatch } from "./production-batch"

/** An inmate who worked on a batch, with the work units (e.g. hours or pieces) they put in. */
export const BatchMaker = model
  .define("production_batch_maker", {
    id: model.id({ prefix: "pbmaker" }).primaryKey(),
    work_units: model.number(),
    batch: model.belongsTo(() => ProductionBatch, { mappedBy: "makers" }),
    inmate: model.belongsTo(() => Inmate, { mappedBy: "batches" }),
  })
  .indexes([{ on: ["batch_id", "inmate_id"], unique: true }])
