/**
 * The storefront's security headers, sent on every response by next.config.ts `headers()`.
 *
 * The script policy is `'self' 'unsafe-inline'`, not a nonce: the App Router writes its page data
 * as inline scripts (`self.__next_f.push(…)`), and a nonce (per request) would make every page
 * render dynamically, losing the static and cached product pages. Everything else is narrow:
 * images from here and the backend (product photos), connections to here, the backend and Stripe,
 * Stripe's frames for card payments, no plugins, no <base>, forms only to this origin, and no
 * framing by anyone. 'unsafe-eval' only under `next dev` (React's dev tooling needs it).
 */

export type SecurityHeaderOptions = {
  /** MEDUSA_BACKEND_URL */
  backendUrl: string
  /** STOREFRONT_URL: when https, HSTS on every response and insecure requests upgraded. */
  siteUrl?: string
  production: boolean
}

type Header = { key: string; value: string }
export type HeaderRule = { source: string; headers: Header[]; has?: { type: "header"; key: string; value?: string }[] }

const STRIPE_SCRIPT = "https://js.stripe.com"
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com"]
const STRIPE_API = "https://api.stripe.com"
export const HSTS = "max-age=31536000; includeSubDomains"

export function contentSecurityPolicy({ backendUrl, siteUrl, production }: SecurityHeaderOptions): string {
  const backend = new URL(backendUrl).origin
  const https = siteUrl?.startsWith("https://") ?? false
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"]), STRIPE_SCRIPT],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", backend],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", backend, STRIPE_API],
    "frame-src": STRIPE_FRAMES,
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  }
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`)
  if (https) policy.push("upgrade-insecure-requests")
  return policy.join("; ")
}

export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // No camera, microphone or location; payment only for Stripe's card element (wallets).
    {
      key: "Permissions-Policy",
      value: `camera=(), microphone=(), geolocation=(), usb=(), payment=(self "${STRIPE_SCRIPT}")`,
    },
    ...(options.siteUrl?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ]
}

/**
 * The rules for next.config.ts: every path gets the headers; HSTS also when a proxy says the
 * request came over https (X-Forwarded-Proto), even if STOREFRONT_URL does not say https.
 */
export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  return [
    { source: "/:path*", headers: securityHeaders(options) },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    },
  ]
}
