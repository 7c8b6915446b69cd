import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validation"
import { ReconciliationQuerySchema } from "./validators"

export const reconciliationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/reports/pnbp/reconciliation",
    middlewares: [validateQuery(ReconciliationQuerySchema)],
  },
]
