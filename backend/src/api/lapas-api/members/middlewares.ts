import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { InviteMemberSchema, ListMembersQuerySchema, NoBodySchema, UpdateMemberSchema } from "./validators"

/** Members and invitations (national members only). */
export const memberAdminMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/lapas-api/members", middlewares: [validateQuery(ListMembersQuerySchema)] },
  { method: ["POST"], matcher: "/lapas-api/members", middlewares: [validateBody(InviteMemberSchema)] },
  { method: ["POST"], matcher: "/lapas-api/members/:id", middlewares: [validateBody(UpdateMemberSchema)] },
  { method: ["POST"], matcher: "/lapas-api/members/:id/deactivate", middlewares: [validateBody(NoBodySchema)] },
  { method: ["POST"], matcher: "/lapas-api/members/:id/reactivate", middlewares: [validateBody(NoBodySchema)] },
  { method: ["POST"], matcher: "/lapas-api/members/:id/invite", middlewares: [validateBody(NoBodySchema)] },
]
