import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { MarkDeliveredSchema } from "./validators"

export const deliveredMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/orders/:id/fulfillments/:fulfillment_id/delivered",
    middlewares: [validateAndTransformBody(MarkDeliveredSchema)],
  },
]
