import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OrderDocumentQuerySchema } from "./validators"

export const shippingLabelMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/orders/:id/shipping-label",
    middlewares: [validateAndTransformQuery(OrderDocumentQuerySchema, {})],
  },
]
