import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validation"
import { shareCorrectionMiddlewares } from "./corrections/middlewares"
import { OrderSharesQuerySchema } from "./validators"

export const orderShareMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/orders/:id/shares", middlewares: [validateQuery(OrderSharesQuerySchema)] },
  ...shareCorrectionMiddlewares,
]
