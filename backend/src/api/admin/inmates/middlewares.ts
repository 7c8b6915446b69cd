import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateInmateSchema, ListInmatesQuerySchema, UpdateInmateSchema } from "./validators"

export const inmateMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/inmates", middlewares: [validateBody(CreateInmateSchema)] },
  { method: ["GET"], matcher: "/admin/inmates", middlewares: [validateQuery(ListInmatesQuerySchema)] },
  { method: ["POST"], matcher: "/admin/inmates/:id", middlewares: [validateBody(UpdateInmateSchema)] },
]
