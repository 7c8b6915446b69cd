/**
 * The panel's security headers, sent on every response by next.config.ts `headers()`.
 *
 * The script policy is `'self' 'unsafe-inline'`, not a nonce: the App Router writes its page data
 * as inline scripts (`self.__next_f.push(…)`), and a per-request nonce would force dynamic
 * rendering everywhere for no gain here (the panel's data is read server-side with the member's
 * httpOnly token; an injected script would still find no token to steal). Everything else is
 * narrow: images from here, the backend (product photos, QRIS) and blob: (photo previews before
 * upload), connections to here and the backend, no frames, no plugins, no <base>, forms only to
 * this origin, never framed. 'unsafe-eval' only under `next dev`.
 *
 * Permissions: the till reads barcodes from a USB/Bluetooth scanner typing into the search box
 * (SKU or barcode, then Enter), not from the camera, so camera, microphone, location and payment
 * are all off.
 */

export type SecurityHeaderOptions = {
  /** MEDUSA_BACKEND_URL */
  backendUrl: string
  /** PANEL_URL: when https, HSTS on every response and insecure requests upgraded. */
  siteUrl?: string
  production: boolean
}

type Header = { key: string; value: string }
export type HeaderRule = { source: string; headers: Header[]; has?: { type: "header"; key: string; value?: string }[] }

export const HSTS = "max-age=31536000; includeSubDomains"

export function contentSecurityPolicy({ backendUrl, siteUrl, production }: SecurityHeaderOptions): string {
  const backend = new URL(backendUrl).origin
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", backend],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", backend],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  }
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`)
  if (siteUrl?.startsWith("https://")) policy.push("upgrade-insecure-requests")
  return policy.join("; ")
}

export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), usb=(), payment=()" },
    ...(options.siteUrl?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ]
}

/**
 * The rules for next.config.ts: every path gets the headers; HSTS also when a proxy says the
 * request came over https (X-Forwarded-Proto), even if PANEL_URL does not say https.
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
