// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { stubBackend } from "../../../test/fake-backend"

let responses: Record<string, { status: number; body: unknown }>
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  vi.spyOn(console, "warn").mockImplementation(() => {})
  responses = {}
  fetchMock = stubBackend((url) => responses[url.pathname])
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe("product impact", () => {
  it("reads the backend's premi band and shares for the IDR region, and keeps nothing else", async () => {
    const band = { has_premi: true, premi_at_least: 7000, premi_step: 1000, premi_percent: 35, pnbp_percent: 15 }
    responses["/store/products/prod_1/impact"] = {
      status: 200,
      // An old backend's exact amounts are dropped, not shown.
      body: { impact: { variant_id: "var_1", price: 35000, currency_code: "idr", ...band, premi: 7350, pnbp: 3150, capital: 10500 } },
    }
    const { getProductImpacts } = await import("./impact")
    expect(await getProductImpacts("prod_1", "reg_idr")).toEqual([{ variant_id: "var_1", price: 35000, currency_code: "idr", ...band }])
    const url = new URL(String(fetchMock.mock.calls[0][0]))
    expect(url.searchParams.get("region_id")).toBe("reg_idr")
  })

  it("reads every variant's impact from one answer, each checked, each variant once", async () => {
    const band = { has_premi: true, premi_step: 1000, premi_percent: 35, pnbp_percent: 15 }
    const small = { variant_id: "var_250", price: 25000, currency_code: "idr", ...band, premi_at_least: 3000 }
    const large = { variant_id: "var_500", price: 45000, currency_code: "idr", ...band, premi_at_least: 6000 }
    responses["/store/products/prod_1/impact"] = {
      status: 200,
      body: { impact: small, variants: [small, large, { ...large, premi_at_least: 9000 }, { variant_id: "var_x", price: 1 }] },
    }
    const { getProductImpacts } = await import("./impact")
    expect(await getProductImpacts("prod_1", null)).toEqual([small, large])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it("is empty when the endpoint fails or answers something else, so the page hides the block", async () => {
    const { getProductImpacts, toProductImpact } = await import("./impact")
    expect(await getProductImpacts("prod_missing", null)).toEqual([])
    responses["/store/products/prod_2/impact"] = { status: 500, body: { message: "boom" } }
    expect(await getProductImpacts("prod_2", null)).toEqual([])
    // The old shape (exact premi, PNBP and capital) is not an impact any more.
    expect(toProductImpact({ variant_id: "var_1", price: 35000, premi: 7000, pnbp: 3000, capital: 10000 })).toBeNull()
    expect(
      toProductImpact({ variant_id: "var_1", price: 1, has_premi: true, premi_at_least: 0, premi_step: 0, premi_percent: 35, pnbp_percent: 15 })
    ).toBeNull()
    expect(
      toProductImpact({ variant_id: "var_1", price: 1, has_premi: "ya", premi_at_least: 0, premi_step: 1000, premi_percent: 35, pnbp_percent: 15 })
    ).toBeNull()
    expect(toProductImpact(null)).toBeNull()
  })
})

describe("makers", () => {
  it("keeps makers with a name or a story, and only their name and story", async () => {
    responses["/store/products/prod_1/makers"] = {
      status: 200,
      body: {
        makers: [
          { display_name: "Budi", story: "Belajar menjahit.", code: "WBP-01" },
          { display_name: " ", story: "Tanpa nama." },
          { display_name: "Sari", story: "" },
          { display_name: null, story: "  " },
        ],
      },
    }
    const { getProductMakers } = await import("./impact")
    expect(await getProductMakers("prod_1")).toEqual([
      { display_name: "Budi", story: "Belajar menjahit." },
      { display_name: null, story: "Tanpa nama." },
      { display_name: "Sari", story: null },
    ])
    expect(await getProductMakers("prod_unknown")).toEqual([])
  })
})

describe("national impact", () => {
  it("reads the totals and is null when unavailable", async () => {
    const { getNationalImpact, toNationalImpact } = await import("./impact")
    expect(await getNationalImpact()).toBeNull()
    expect(toNationalImpact({ premi: 7000, pnbp: 3000, capital: 10000, orders: 2, lapas: 8, products: 30 })).toEqual({
      premi: 7000,
      pnbp: 3000,
      capital: 10000,
      orders: 2,
      lapas: 8,
      products: 30,
    })
    expect(toNationalImpact({ premi: 1 })).toBeNull()
  })
})
