import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { SearchDemandQuerySchema } from "./validators"

export const searchDemandPanelMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/search-demand", middlewares: [validateQuery(SearchDemandQuerySchema)] },
]
