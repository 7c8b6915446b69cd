import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { AcceptInviteSchema } from "./validators"

/** Accepting an invitation: public (PUBLIC_MEMBER_PATHS). Rate limiting is a separate issue. */
export const inviteMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/lapas-api/invites/accept", middlewares: [validateBody(AcceptInviteSchema)] },
]
