import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AddStaffSchema } from "./validators"

export const staffMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/lapas/:id/staff", middlewares: [validateAndTransformBody(AddStaffSchema)] },
]
