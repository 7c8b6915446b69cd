import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { CreateSharePolicySchema } from "./validators"

export const sharePolicyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/share-policies",
    middlewares: [validateAndTransformBody(CreateSharePolicySchema)],
  },
]
