import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { Rule } from "./admin-guard"

/** What lapas users may do on the profit-share admin routes (see admin-guard.ts: unlisted routes are national-only). */
export const profitShareGuardRules: Rule[] = []

/** Body and query validation of the profit-share admin routes. */
export const profitShareMiddlewares: MiddlewareRoute[] = []
