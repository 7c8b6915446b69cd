import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OrderDocumentQuerySchema } from "./validators"

export const packingSlipMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/lapas-api/orders/:id/packing-slip",
    middlewares: [validateAndTransformQuery(OrderDocumentQuerySchema, {})],
  },
]
