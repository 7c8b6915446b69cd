import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { orderMiddlewares } from "./[id]/middlewares"
import { ListOrdersQuerySchema } from "./validators"

/** The lapas's orders: the list here, one order and its writes and documents under [id]. */
export const lapasOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/orders", middlewares: [validateAndTransformQuery(ListOrdersQuerySchema, {})] },
  ...orderMiddlewares,
]
