import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { NoQuerySchema, UpdateProductSchema } from "./validators"

export const productDetailMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "DELETE"], matcher: "/lapas-api/products/:id", middlewares: [validateQuery(NoQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/products/:id",
    middlewares: [validateQuery(NoQuerySchema), validateBody(UpdateProductSchema)],
  },
]
