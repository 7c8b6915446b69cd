import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateProductionBatchSchema, ListProductionBatchesQuerySchema } from "./validators"

export const productionBatchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/production-batches",
    middlewares: [validateBody(CreateProductionBatchSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/production-batches",
    middlewares: [validateQuery(ListProductionBatchesQuerySchema)],
  },
]
