import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { ListCategoriesQuerySchema } from "./validators"

export const categoryMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/categories", middlewares: [validateQuery(ListCategoriesQuerySchema)] },
]
