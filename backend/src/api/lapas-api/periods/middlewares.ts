import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { closePeriodMiddlewares } from "./close/middlewares"
import { closePeriodPreviewMiddlewares } from "./preview/middlewares"
import { ListPeriodsSchema } from "./validators"

export const periodMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/periods", middlewares: [validateQuery(ListPeriodsSchema)] },
  ...closePeriodMiddlewares,
  ...closePeriodPreviewMiddlewares,
]
