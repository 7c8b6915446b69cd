import { describe, expect, it } from "vitest"
import { MEMBER_ROLES } from "@karya-binaan/contracts"
import { canUse, isPublicPath, isReadOnly, safeNextPath, sectionOfPath, sectionsFor, SECTIONS } from "./navigation"

const keys = (role: (typeof MEMBER_ROLES)[number]) => sectionsFor(role).map((s) => s.key)

describe("role → sections", () => {
  it("lapas staff: catalogue, stock, shipping, production, orders, lapas; no finance, no national", () => {
    expect(keys("lapas_staff")).toEqual(["home", "catalog", "stock", "shipping", "production", "orders", "direct_sales", "lapas"])
  })

  it("finance: catalogue read-only, orders, finance, lapas; no stock or production", () => {
    expect(keys("finance")).toEqual(["home", "catalog", "orders", "direct_sales", "finance", "lapas"])
    expect(isReadOnly("finance", "catalog")).toBe(true)
    expect(isReadOnly("lapas_staff", "catalog")).toBe(false)
    expect(canUse("finance", "shipping")).toBe(false)
  })

  it("national: every section", () => {
    expect(keys("national")).toEqual(SECTIONS.map((s) => s.key))
    expect(canUse("national", "national")).toBe(true)
    expect(canUse("finance", "national")).toBe(false)
    expect(canUse("lapas_staff", "finance")).toBe(false)
  })

  it("every role has the home page; paths are unique", () => {
    for (const role of MEMBER_ROLES) expect(canUse(role, "home")).toBe(true)
    expect(new Set(SECTIONS.map((s) => s.href)).size).toBe(SECTIONS.length)
  })
})

describe("paths", () => {
  it("finds the section of nested paths", () => {
    expect(sectionOfPath("/")?.key).toBe("home")
    expect(sectionOfPath("/keuangan/pnbp")?.key).toBe("finance")
    expect(sectionOfPath("/lapas")?.key).toBe("lapas")
    expect(sectionOfPath("/lapasan")).toBeUndefined()
  })

  it("knows the pages that need no session", () => {
    expect(isPublicPath("/masuk")).toBe(true)
    expect(isPublicPath("/atur-sandi")).toBe(true)
    expect(isPublicPath("/katalog")).toBe(false)
  })

  it("redirects only to local, non-public paths", () => {
    expect(safeNextPath("/pesanan?status=baru")).toBe("/pesanan?status=baru")
    expect(safeNextPath("//evil.example/x")).toBe("/")
    expect(safeNextPath("/\\evil.example")).toBe("/")
    expect(safeNextPath("https://evil.example")).toBe("/")
    expect(safeNextPath("/masuk")).toBe("/")
    expect(safeNextPath(undefined)).toBe("/")
  })
})
