import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateStoreBody } from "../../../utils/validation"
import { orderLookupBody } from "@karya-binaan/contracts"

export const orderLookupMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/orders/lookup", middlewares: [validateStoreBody(orderLookupBody)] },
]
