import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validation"
import { ProductProductionCostsQuerySchema } from "./validators"

export const productProductionCostMemberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/products/:id/production-costs",
    middlewares: [validateQuery(ProductProductionCostsQuerySchema)],
  },
]
