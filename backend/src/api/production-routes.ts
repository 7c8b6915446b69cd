import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { Rule } from "./admin-guard"

/** What lapas users may do on the production admin routes (see admin-guard.ts: unlisted routes are national-only). */
export const productionGuardRules: Rule[] = []

/** Body and query validation of the production admin routes. */
export const productionMiddlewares: MiddlewareRoute[] = []
