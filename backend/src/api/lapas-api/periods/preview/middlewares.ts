import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { ClosePeriodPreviewSchema } from "./validators"

export const closePeriodPreviewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/periods/preview", middlewares: [validateQuery(ClosePeriodPreviewSchema)] },
]
