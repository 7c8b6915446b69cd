import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { IndicatorQuerySchema } from "./validators"

export const indicatorPanelMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/indicators", middlewares: [validateQuery(IndicatorQuerySchema)] },
]
