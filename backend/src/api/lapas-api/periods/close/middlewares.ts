import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validation"
import { ClosePeriodSchema } from "./validators"

export const closePeriodMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/lapas-api/periods/close", middlewares: [validateBody(ClosePeriodSchema)] },
]
