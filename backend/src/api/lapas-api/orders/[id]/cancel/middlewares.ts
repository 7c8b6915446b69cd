import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { CancelOrderSchema } from "./validators"

export const cancelMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/lapas-api/orders/:id/cancel", middlewares: [validateAndTransformBody(CancelOrderSchema)] },
]
