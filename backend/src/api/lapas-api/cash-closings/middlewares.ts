import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "../../utils/validation"
import { CashClosingPreviewQuerySchema, CloseCashBody, ListCashClosingsQuerySchema } from "./validators"

export const cashClosingMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/cash-closings", middlewares: [validateQuery(ListCashClosingsQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/cash-closings",
    middlewares: [validateQuery(z.object({}).strict()), validateBody(CloseCashBody)],
  },
  { method: ["GET"], matcher: "/lapas-api/cash-closings/preview", middlewares: [validateQuery(CashClosingPreviewQuerySchema)] },
]
