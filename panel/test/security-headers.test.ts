import { afterEach, describe, expect, it, vi } from "vitest"
import { contentSecurityPolicy, securityHeaderRules } from "../security-headers"

const directives = (csp: string) =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]))

describe("panel security headers", () => {
  afterEach(() => vi.unstubAllEnvs())

  it("are what next.config.ts sends on every path, with the backend as image and connect source", async () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://api.toko.test:9100")
    vi.stubEnv("PANEL_URL", "http://toko.test")
    vi.resetModules()
    const config = (await import("../next.config")).default
    const rules = await config.headers!()
    const all = rules.find((rule) => rule.source === "/:path*" && !rule.has)!
    const headers = Object.fromEntries(all.headers.map((h) => [h.key, h.value]))
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["X-Frame-Options"]).toBe("DENY")
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    // The till's barcode scanner types like a keyboard: no camera.
    expect(headers["Permissions-Policy"]).toBe("camera=(), microphone=(), geolocation=(), usb=(), payment=()")
    expect(headers["Strict-Transport-Security"]).toBeUndefined()
    const csp = directives(headers["Content-Security-Policy"])
    expect(csp["img-src"]).toContain("http://api.toko.test:9100")
    expect(csp["connect-src"]).toContain("http://api.toko.test:9100")
    expect(csp["frame-ancestors"]).toEqual(["'none'"])
    expect(csp["object-src"]).toEqual(["'none'"])
    expect(csp["base-uri"]).toEqual(["'self'"])
    expect(csp["form-action"]).toEqual(["'self'"])
    // HSTS when a proxy reports https.
    const https = rules.find((rule) => rule.has?.some((h) => h.key === "x-forwarded-proto" && h.value === "https"))!
    expect(https.headers).toEqual([{ key: "Strict-Transport-Security", value: expect.stringMatching(/^max-age=\d{7,}/) }])
  })

  it("keeps scripts to this origin, frames none, with eval only in development", () => {
    const production = directives(contentSecurityPolicy({ backendUrl: "http://localhost:9000", production: true }))
    expect(production["default-src"]).toEqual(["'self'"])
    expect(production["script-src"]).toEqual(["'self'", "'unsafe-inline'"])
    expect(production["frame-src"]).toEqual(["'none'"])
    // Photo previews before upload are blob: URLs.
    expect(production["img-src"]).toContain("blob:")
    const development = directives(contentSecurityPolicy({ backendUrl: "http://localhost:9000", production: false }))
    expect(development["script-src"]).toContain("'unsafe-eval'")
  })

  it("sends HSTS and upgrades requests everywhere when the panel's URL is https", () => {
    const [all] = securityHeaderRules({ backendUrl: "https://api.karyabinaan.id", siteUrl: "https://panel.karyabinaan.id", production: true })
    const headers = Object.fromEntries(all.headers.map((h) => [h.key, h.value]))
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=/)
    expect(headers["Content-Security-Policy"]).toMatch(/; upgrade-insecure-requests$/)
  })
})
