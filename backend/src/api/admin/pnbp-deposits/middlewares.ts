import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { CreatePnbpDepositSchema } from "./validators"

export const pnbpDepositMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/pnbp-deposits", middlewares: [validateBody(CreatePnbpDepositSchema)] },
]
