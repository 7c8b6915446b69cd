import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../../../utils/validation"
import { NoQuerySchema } from "./validators"

export const imageItemMiddlewares: MiddlewareRoute[] = [
  {
    method: ["DELETE"],
    matcher: "/lapas-api/products/:id/images/:image_id",
    middlewares: [validateQuery(NoQuerySchema)],
  },
]
