import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { LapasProductionCostsQuerySchema } from "./validators"

export const lapasProductionCostMemberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/production-costs",
    middlewares: [validateQuery(LapasProductionCostsQuerySchema)],
  },
]
