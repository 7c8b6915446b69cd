/**
 * The security headers the storefront and the panel send on every response (each app's
 * security-headers.ts says what it adds and next.config.ts `headers()` sends them).
 *
 * The script policy is `'self' 'unsafe-inline'`, not a nonce: the App Router writes its page data
 * as inline scripts (`self.__next_f.push(…)`), and a per-request nonce would make every page
 * render dynamically. Everything else is narrow: images from here, data:/blob: (previews) and the
 * backend, connections to here and the backend, no frames unless the app names some, no plugins,
 * no <base>, forms only to this origin, never framed. 'unsafe-eval' only under `next dev`
 * (React's dev tooling needs it). HSTS when the site's URL is https or a proxy says the request
 * came over https (X-Forwarded-Proto).
 */

export type SecurityHeaderOptions = {
  /** MEDUSA_BACKEND_URL */
  backendUrl: string
  /** The app's own public URL: when https, HSTS on every response and insecure requests upgraded. */
  siteUrl?: string
  production: boolean
  /** What the app adds to the common policy (e.g. Stripe's script, API and frames in the shop). */
  scriptSources?: string[]
  connectSources?: string[]
  frameSources?: string[]
  /** The Permissions-Policy `payment` allow-list ("" for none). */
  payment?: string
}

export type SecurityHeader = { key: string; value: string }
export type SecurityHeaderRule = {
  source: string
  headers: SecurityHeader[]
  has?: { type: "header"; key: string; value?: string }[]
}

export const HSTS = "max-age=31536000; includeSubDomains"

const isHttps = (url: string | undefined) => url?.startsWith("https://") ?? false

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const backend = new URL(options.backendUrl).origin
  const frames = options.frameSources ?? []
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(options.production ? [] : ["'unsafe-eval'"]), ...(options.scriptSources ?? [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", backend],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", backend, ...(options.connectSources ?? [])],
    "frame-src": frames.length ? frames : ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  }
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`)
  if (isHttps(options.siteUrl)) policy.push("upgrade-insecure-requests")
  return policy.join("; ")
}

export function securityHeaders(options: SecurityHeaderOptions): SecurityHeader[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: `camera=(), microphone=(), geolocation=(), usb=(), payment=(${options.payment ?? ""})`,
    },
    ...(isHttps(options.siteUrl) ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ]
}

/** The rules for next.config.ts: every path gets the headers; HSTS also behind an https proxy. */
export function securityHeaderRules(options: SecurityHeaderOptions): SecurityHeaderRule[] {
  return [
    { source: "/:path*", headers: securityHeaders(options) },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    },
  ]
}
