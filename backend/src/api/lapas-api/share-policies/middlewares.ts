import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { CreateSharePolicySchema, ListSharePoliciesQuerySchema } from "./validators"

export const sharePolicyPanelMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/share-policies", middlewares: [validateQuery(ListSharePoliciesQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/share-policies", middlewares: [validateBody(CreateSharePolicySchema)] },
]
