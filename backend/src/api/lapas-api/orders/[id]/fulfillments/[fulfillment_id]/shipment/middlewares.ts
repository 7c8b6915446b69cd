import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ShipPartSchema } from "./validators"

export const shipmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/orders/:id/fulfillments/:fulfillment_id/shipment",
    middlewares: [validateAndTransformBody(ShipPartSchema)],
  },
]
