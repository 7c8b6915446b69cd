import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateProductionBatchSchema, ListProductionBatchesQuerySchema, ProductionBatchQuerySchema } from "./validators"

export const productionBatchMemberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/production-batches",
    middlewares: [validateQuery(ListProductionBatchesQuerySchema)],
  },
  {
    method: ["POST"],
    matcher: "/lapas-api/production-batches",
    middlewares: [validateBody(CreateProductionBatchSchema)],
  },
  {
    method: ["GET"],
    matcher: "/lapas-api/production-batches/:id",
    middlewares: [validateQuery(ProductionBatchQuerySchema)],
  },
]
