import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../utils/validation"
import { ReversePnbpDepositSchema } from "./validators"

export const reversePnbpDepositMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/pnbp-deposits/:id/reverse",
    middlewares: [validateBody(ReversePnbpDepositSchema)],
  },
]
