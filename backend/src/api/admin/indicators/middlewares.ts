import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { IndicatorQuerySchema } from "./validators"

/** The handler parses the query again for its types. */
export const indicatorMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/indicators", middlewares: [validateQuery(IndicatorQuerySchema)] },
]
