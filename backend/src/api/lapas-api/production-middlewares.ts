import type { MiddlewareRoute } from "@medusajs/framework/http"
import { inmateMemberMiddlewares } from "./inmates/middlewares"
import { premiMemberMiddlewares } from "./premi/middlewares"
import { productionBatchMemberMiddlewares } from "./production-batches/middlewares"
import { lapasProductionCostMemberMiddlewares } from "./production-costs/middlewares"
import { productProductionCostMemberMiddlewares } from "./products/[id]/production-costs/middlewares"

/** The production and premi area of the lapas API: inmates, batches, production costs, premi. */
export const productionMemberMiddlewares: MiddlewareRoute[] = [
  ...inmateMemberMiddlewares,
  ...productionBatchMemberMiddlewares,
  ...productProductionCostMemberMiddlewares,
  ...lapasProductionCostMemberMiddlewares,
  ...premiMemberMiddlewares,
]
