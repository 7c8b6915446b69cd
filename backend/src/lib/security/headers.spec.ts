import { API_CSP, DASHBOARD_CSP, securityHeadersFor } from "./headers"

describe("securityHeadersFor", () => {
  it("gives API responses a CSP that allows nothing, no framing, nosniff and a referrer policy", () => {
    const headers = securityHeadersFor({ path: "/store/products", secure: false })
    expect(headers).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    })
    expect(API_CSP).toContain("frame-ancestors 'none'")
  })

  it("gives Medusa's dashboard only framing and plugin rules, so its scripts keep working", () => {
    for (const path of ["/app", "/app/", "/app/products/prod_1"]) {
      expect(securityHeadersFor({ path, secure: false })["Content-Security-Policy"]).toBe(DASHBOARD_CSP)
    }
    expect(DASHBOARD_CSP).not.toMatch(/script-src|default-src/)
    expect(securityHeadersFor({ path: "/application", secure: false })["Content-Security-Policy"]).toBe(API_CSP)
  })

  it("sends HSTS only over https", () => {
    expect(securityHeadersFor({ path: "/store/products", secure: false })).not.toHaveProperty("Strict-Transport-Security")
    expect(securityHeadersFor({ path: "/store/products", secure: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/)
  })
})
