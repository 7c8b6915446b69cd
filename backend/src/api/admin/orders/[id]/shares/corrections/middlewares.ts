import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../../utils/validation"
import { CreateShareCorrectionSchema } from "./validators"

export const shareCorrectionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/shares/corrections",
    middlewares: [validateBody(CreateShareCorrectionSchema)],
  },
]
