import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { CreatePartnerSchema } from "./validators"

export const partnerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/lapas/:id/partners",
    middlewares: [validateAndTransformBody(CreatePartnerSchema)],
  },
]
