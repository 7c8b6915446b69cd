import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../../utils/validation"
import { CreateShareCorrectionSchema } from "./validators"

export const shareCorrectionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/orders/:id/shares/corrections",
    middlewares: [validateBody(CreateShareCorrectionSchema)],
  },
]
