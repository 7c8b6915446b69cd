import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { inventoryQuantityMiddlewares } from "./inventory-quantities"

/**
 * Medusa accepts a user's token until it expires, even after the user is deleted. Lapas staff
 * who were Medusa users became lapas members (src/migration-scripts) and their users were
 * deleted; without this check their old tokens would open the whole admin API. Runs after
 * Medusa's authentication of `/admin/*`.
 */
async function refuseRemovedUsers(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (auth?.actor_type !== "user" || !auth.actor_id) {
    return next()
  }
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: auth.actor_id }, { select: ["id"] })
  if (!user) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This admin account no longer exists; log in again."))
  }
  next()
}

export const adminMiddlewares: MiddlewareRoute[] = [
  // No method: Medusa registers it before every admin route, after its authentication.
  { matcher: "/admin/*", middlewares: [refuseRemovedUsers] },
  // Whole, bounded quantities on Medusa's own inventory routes (1.5 and 1e30 were stored).
  ...inventoryQuantityMiddlewares,
]
