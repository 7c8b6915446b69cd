import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { AddCourierSchema, NoQuerySchema, ShippingQuerySchema, UpdateCourierSchema } from "./validators"

/** A lapas's delivery settings: pickup, courier services and their rate tables. */
export const lapasShippingMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/shipping", middlewares: [validateQuery(ShippingQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/lapas-api/shipping/couriers",
    middlewares: [validateQuery(NoQuerySchema), validateBody(AddCourierSchema)],
  },
  {
    method: ["POST"],
    matcher: "/lapas-api/shipping/couriers/:id",
    middlewares: [validateQuery(NoQuerySchema), validateBody(UpdateCourierSchema)],
  },
  { method: ["DELETE"], matcher: "/lapas-api/shipping/couriers/:id", middlewares: [validateQuery(NoQuerySchema)] },
]
