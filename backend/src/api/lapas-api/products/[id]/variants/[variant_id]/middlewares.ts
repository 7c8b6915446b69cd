import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../../../utils/validation"
import { NoQuerySchema, UpdateVariantSchema } from "./validators"

export const variantItemMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/products/:id/variants/:variant_id",
    middlewares: [validateQuery(NoQuerySchema), validateBody(UpdateVariantSchema)],
  },
  {
    method: ["DELETE"],
    matcher: "/lapas-api/products/:id/variants/:variant_id",
    middlewares: [validateQuery(NoQuerySchema)],
  },
]
