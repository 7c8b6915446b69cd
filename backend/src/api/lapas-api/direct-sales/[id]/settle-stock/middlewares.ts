import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SettleDirectSaleStockSchema } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "../../../../utils/validation"

export const settleStockMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/direct-sales/:id/settle-stock",
    middlewares: [validateQuery(z.object({}).strict()), validateBody(SettleDirectSaleStockSchema as unknown as z.ZodType)],
  },
]
