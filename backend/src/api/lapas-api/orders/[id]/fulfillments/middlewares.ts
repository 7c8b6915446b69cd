import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { FulfillPartSchema } from "./validators"

export const fulfillmentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/lapas-api/orders/:id/fulfillments", middlewares: [validateAndTransformBody(FulfillPartSchema)] },
]
