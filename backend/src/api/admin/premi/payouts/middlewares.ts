import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validation"
import { CreatePremiPayoutSchema } from "./validators"

export const premiPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/premi/payouts", middlewares: [validateBody(CreatePremiPayoutSchema)] },
]
