import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, RedirectSignal, resetCookies, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const data = await import("./direct-sales-admin")
const { ApiError } = await import("./errors")

const fetchMock = stubBackend("token-kasir")
const json = jsonResponse
const BASE = "http://backend.test:9000/lapas-api"

const calls = () =>
  fetchMock.mock.calls.map(([url, init]) => ({
    url,
    method: init?.method ?? "GET",
    body: typeof init?.body === "string" ? JSON.parse(init.body) : init?.body,
  }))

describe("direct sales admin data", () => {
  it("lists sales with the filters and the page as limit/offset, sending the member's token", async () => {
    fetchMock.mockImplementation(async () => json({ direct_sales: [], count: 0, limit: 20, offset: 40 }))
    await data.listDirectSales({ venueId: "venue_1", day: "2026-12-06", status: "voided", warnings: true, page: 3 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${BASE}/direct-sales?venue_id=venue_1&business_date=2026-12-06&status=voided&warnings=true&limit=20&offset=40`)
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-kasir")
    await data.listDirectSales({ lapasId: "lapas_b" })
    expect(fetchMock.mock.calls[1][0]).toBe(`${BASE}/direct-sales?lapas_id=lapas_b&limit=20&offset=0`)
  })

  it("reads, voids and settles one sale on its own paths", async () => {
    fetchMock.mockImplementation(async () => json({ direct_sale: { id: "dsale_1" } }))
    expect((await data.getDirectSale("dsale_1")).id).toBe("dsale_1")
    await data.voidDirectSale("dsale_1", "Salah input barang")
    await data.settleDirectSaleStock("dsale_1", "Stok dihitung ulang, 2 unit dari gudang")
    expect(calls()).toEqual([
      { url: `${BASE}/direct-sales/dsale_1`, method: "GET", body: undefined },
      { url: `${BASE}/direct-sales/dsale_1/void`, method: "POST", body: { reason: "Salah input barang" } },
      { url: `${BASE}/direct-sales/dsale_1/settle-stock`, method: "POST", body: { note: "Stok dihitung ulang, 2 unit dari gudang" } },
    ])
  })

  it("passes the API's 400 message on as an ApiError", async () => {
    fetchMock.mockResolvedValue(json({ type: "invalid_data", message: "Say why the sale is voided (reason)" }, 400))
    const error = await data.voidDirectSale("dsale_1", "x").catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, message: "Say why the sale is voided (reason)" })
  })

  it("fetches the receipt PDF with the token, and answers 401 without a session", async () => {
    fetchMock.mockResolvedValue(new Response(new Uint8Array([37, 80, 68, 70]), { status: 200 }))
    const response = await data.fetchDirectSaleReceipt("dsale_1", "thermal")
    expect(response.status).toBe(200)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${BASE}/direct-sales/dsale_1/receipt?format=thermal`)
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-kasir")
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect((await data.fetchDirectSaleReceipt("dsale_1", "a4")).status).toBe(502)
    resetCookies({})
    expect((await data.fetchDirectSaleReceipt("dsale_1", "a4")).status).toBe(401)
  })

  it("lists, creates, edits, closes venues and moves their stock", async () => {
    fetchMock.mockImplementation(async () => json({ venues: [], venue: { id: "venue_e" }, stock: [], returned: [] }))
    await data.listVenues()
    await data.listVenues("lapas_b")
    await data.createEventVenue({ name: "Pameran UMKM", starts_on: "2026-12-06", ends_on: "2026-12-08", max_discount_bp: 1000 })
    await data.updateVenue("venue_e", { place: "Alun-alun", max_discount_bp: 500 })
    await data.getVenueStock("venue_e")
    await data.moveVenueStock("venue_e", { direction: "to_venue", lines: [{ variant_id: "variant_1", quantity: 4 }] })
    await data.closeVenue("venue_e")
    expect(calls()).toEqual([
      { url: `${BASE}/venues`, method: "GET", body: undefined },
      { url: `${BASE}/venues?lapas_id=lapas_b`, method: "GET", body: undefined },
      {
        url: `${BASE}/venues`,
        method: "POST",
        body: { name: "Pameran UMKM", starts_on: "2026-12-06", ends_on: "2026-12-08", max_discount_bp: 1000 },
      },
      { url: `${BASE}/venues/venue_e`, method: "POST", body: { place: "Alun-alun", max_discount_bp: 500 } },
      { url: `${BASE}/venues/venue_e/stock`, method: "GET", body: undefined },
      {
        url: `${BASE}/venues/venue_e/stock-moves`,
        method: "POST",
        body: { direction: "to_venue", lines: [{ variant_id: "variant_1", quantity: 4 }] },
      },
      { url: `${BASE}/venues/venue_e/close`, method: "POST", body: {} },
    ])
  })

  it("uploads the QRIS image as multipart `file` and removes it with DELETE", async () => {
    fetchMock.mockImplementation(async () => json({ lapas: { id: "lapas_a", qris_image_url: null } }))
    const file = new File([new Uint8Array([137, 80, 78, 71])], "qris.png", { type: "image/png" })
    await data.uploadQris("lapas_a", file)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${BASE}/lapas/lapas_a/qris`)
    expect(init?.method).toBe("POST")
    expect((init?.body as FormData).get("file")).toBeInstanceOf(File)
    expect(((init?.body as FormData).get("file") as File).name).toBe("qris.png")
    expect(new Headers(init?.headers).get("content-type")).toBeNull()
    await data.removeQris("lapas_a")
    expect(fetchMock.mock.calls[1][0]).toBe(`${BASE}/lapas/lapas_a/qris`)
    expect(fetchMock.mock.calls[1][1]?.method).toBe("DELETE")
  })

  it("previews, closes and lists cash closings", async () => {
    fetchMock.mockImplementation(async () => json({ closing: { id: "close_1" }, closings: [], count: 0, limit: 30, offset: 30 }))
    await data.getCashClosingPreview({ venueId: "venue_e", day: "2026-12-06" })
    const closing = await data.closeCash({
      venue_id: "venue_e",
      business_date: "2026-12-06",
      opening_float: 100000,
      counted_cash: 145000,
      reason: "Kembalian salah diberikan",
    })
    expect(closing.id).toBe("close_1")
    await data.listCashClosings({ venueId: "venue_e", from: "2026-12-01", to: "2026-12-31", lapasId: "lapas_b", page: 2 })
    expect(calls()).toEqual([
      { url: `${BASE}/cash-closings/preview?venue_id=venue_e&business_date=2026-12-06`, method: "GET", body: undefined },
      {
        url: `${BASE}/cash-closings`,
        method: "POST",
        body: { venue_id: "venue_e", business_date: "2026-12-06", opening_float: 100000, counted_cash: 145000, reason: "Kembalian salah diberikan" },
      },
      {
        url: `${BASE}/cash-closings?venue_id=venue_e&from=2026-12-01&to=2026-12-31&lapas_id=lapas_b&limit=30&offset=30`,
        method: "GET",
        body: undefined,
      },
    ])
  })

  it("ends the session on a 401", async () => {
    fetchMock.mockResolvedValue(json({ message: "Unauthorized" }, 401))
    await expect(data.listVenues()).rejects.toBeInstanceOf(RedirectSignal)
  })
})
