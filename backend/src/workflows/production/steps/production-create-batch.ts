import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"

export interface CreateProductionBatchInput {
  lapas_id: string
  product_id: string
  variant_id: string
  quantity: number
  unit_cost: number
  /** Both or neither; unit_cost is then their sum. */
  material_cost: number | null
  labour_cost: number | null
  produced_on: Date
  notes: string | null
  makers: { inmate_id: string; work_units: number }[]
}

/** The batch and its makers; compensation removes both. */
export const createProductionBatchStep = createStep(
  "production-create-batch",
  async (input: CreateProductionBatchInput, { container }) => {
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const { makers, ...data } = input
    const batch = await production.createProductionBatches(data)
    try {
      await production.createBatchMakers(
        makers.map((maker) => ({ batch_id: batch.id, inmate_id: maker.inmate_id, work_units: maker.work_units }))
      )
    } catch (error) {
      await production.deleteProductionBatches(batch.id)
      throw error
    }
    return new StepResponse({ id: batch.id }, batch.id)
  },
  async (batchId, { container }) => {
    if (!batchId) return
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    const makers = await production.listBatchMakers({ batch_id: batchId }, { select: ["id"] })
    if (makers.length) {
      await production.deleteBatchMakers(makers.map((m) => m.id))
    }
    await production.deleteProductionBatches(batchId)
  }
)
