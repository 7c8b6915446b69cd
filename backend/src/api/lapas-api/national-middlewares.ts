import type { MiddlewareRoute } from "@medusajs/framework/http"
import { indicatorPanelMiddlewares } from "./indicators/middlewares"
import { inviteMiddlewares } from "./invites/middlewares"
import { lapasRegistryMiddlewares } from "./lapas/middlewares"
import { memberAdminMiddlewares } from "./members/middlewares"
import { searchDemandPanelMiddlewares } from "./search-demand/middlewares"
import { sharePolicyPanelMiddlewares } from "./share-policies/middlewares"

/** The national area's scoped routes: lapas registry and partners, members and invitations, share policies, search demand, indicators. */
export const nationalMiddlewares: MiddlewareRoute[] = [
  ...lapasRegistryMiddlewares,
  ...memberAdminMiddlewares,
  ...inviteMiddlewares,
  ...sharePolicyPanelMiddlewares,
  ...searchDemandPanelMiddlewares,
  ...indicatorPanelMiddlewares,
]
