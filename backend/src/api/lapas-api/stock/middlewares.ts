import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { ListStockQuerySchema, UpdateStockSchema } from "./validators"
import { z } from "@medusajs/framework/zod"

export const stockMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/stock", middlewares: [validateQuery(ListStockQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/stock",
    middlewares: [validateQuery(z.object({}).strict()), validateBody(UpdateStockSchema)],
  },
]
