import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../../utils/validation"
import { variantItemMiddlewares } from "./[variant_id]/middlewares"
import { CreateVariantSchema, NoQuerySchema } from "./validators"

export const productVariantMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/lapas-api/products/:id/variants",
    middlewares: [validateQuery(NoQuerySchema), validateBody(CreateVariantSchema)],
  },
  ...variantItemMiddlewares,
]
