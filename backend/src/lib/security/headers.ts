import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

/**
 * Security headers on every backend response that passes through the route middlewares (the API,
 * `/static/:file`, and Medusa's dashboard at /app). Written out rather than through helmet: five
 * fixed headers, and helmet's defaults (Cross-Origin-Resource-Policy: same-origin,
 * Cross-Origin-Embedder-Policy…) would stop the storefront and panel from showing the backend's
 * product images.
 *
 * - The API answers JSON, CSV, PDF: nothing there is a page, so its CSP allows nothing
 *   (`default-src 'none'`) and no framing.
 * - Medusa's dashboard (/app) is a page with its own scripts and styles: it gets only the
 *   framing and plugin rules (`frame-ancestors 'none'; object-src 'none'; base-uri 'self'`),
 *   which cannot break it; a script policy for it would have to follow Medusa's bundle.
 * - HSTS only on a request that arrived over https (req.secure, which honours the app's trust
 *   proxy setting); over plain http it would mean nothing.
 */

export const API_CSP = "default-src 'none'; frame-ancestors 'none'"
export const DASHBOARD_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
export const HSTS = "max-age=31536000; includeSubDomains"

export function securityHeadersFor({ path, secure, dashboardPath = "/app" }: { path: string; secure: boolean; dashboardPath?: string }) {
  const dashboard = path === dashboardPath || path.startsWith(`${dashboardPath}/`)
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": dashboard ? DASHBOARD_CSP : API_CSP,
    ...(secure ? { "Strict-Transport-Security": HSTS } : {}),
  }
}

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.set(securityHeadersFor({ path: req.originalUrl.split("?")[0], secure: req.secure }))
  next()
}

/**
 * The entry for src/api/middlewares.ts: every route. Matcher "/" (Express mounts it for every
 * path and leaves req.path whole); Medusa sorts path-less global middlewares first.
 */
export const securityHeaderMiddlewares = [{ matcher: "/", middlewares: [securityHeaders] }]

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after setting the headers: refusals raised before the route middlewares
 * run (Medusa's own authentication of /admin, /store and /auth) get them too.
 */
export function errorHandlerWithSecurityHeaders(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!res.headersSent) res.set(securityHeadersFor({ path: req.originalUrl.split("?")[0], secure: req.secure }))
  return medusaErrorHandler(error as any, req, res, next)
}
