import { MedusaService } from "@medusajs/framework/utils"
import { BatchMaker } from "./models/batch-maker"
import { Inmate } from "./models/inmate"
import { OrderLineCost } from "./models/order-line-cost"
import { ProductionBatch } from "./models/production-batch"
import { VariantCost } from "./models/variant-cost"

/**
 * Inmates, production batches and production cost (HPP). Generated methods include
 * listInmates, listProductionBatches, listVariantCosts and listOrderLineCosts({ order_id }).
 */
class ProductionModuleService extends MedusaService({
  Inmate,
  ProductionBatch,
  BatchMaker,
  VariantCost,
  OrderLineCost,
}) {}

export default ProductionModuleService
