import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { reconciliationMiddlewares } from "./reconciliation/middlewares"
import { PnbpReportQuerySchema } from "./validators"

export const pnbpReportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/reports/pnbp", middlewares: [validateQuery(PnbpReportQuerySchema)] },
  ...reconciliationMiddlewares,
]
