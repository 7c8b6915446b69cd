import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { CreateLapasWithBankSchema, UpdateLapasWithBankSchema } from "./bank-account"

export const lapasMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/lapas", middlewares: [validateBody(CreateLapasWithBankSchema)] },
  { method: ["POST"], matcher: "/admin/lapas/:id", middlewares: [validateBody(UpdateLapasWithBankSchema)] },
]
