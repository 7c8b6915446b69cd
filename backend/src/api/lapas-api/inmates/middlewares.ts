import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateInmateSchema, InmateQuerySchema, ListInmatesQuerySchema, UpdateInmateSchema } from "./validators"

export const inmateMemberMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/inmates", middlewares: [validateQuery(ListInmatesQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/inmates", middlewares: [validateBody(CreateInmateSchema)] },
  { method: ["GET"], matcher: "/lapas-api/inmates/:id", middlewares: [validateQuery(InmateQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/inmates/:id", middlewares: [validateBody(UpdateInmateSchema)] },
]
