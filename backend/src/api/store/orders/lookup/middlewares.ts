import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateStoreBody } from "../../../utils/validation"
import { OrderLookupSchema } from "./validators"

export const orderLookupMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/orders/lookup", middlewares: [validateStoreBody(OrderLookupSchema)] },
]
