import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { ClosePeriodSchema } from "./validators"

export const periodMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/periods/close", middlewares: [validateBody(ClosePeriodSchema)] },
]
