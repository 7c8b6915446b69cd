import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, resetCookies, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { createPayout, listPayouts, premiBalances, premiStatementPdf } = await import("./premi")
const { ApiError } = await import("./errors")

const fetchMock = stubBackend("token-fin")
const json = jsonResponse

describe("premi data", () => {
  it("reads balances and payouts and records a payout", async () => {
    fetchMock.mockImplementation(async () => json({ inmates: [], payouts: [], payout: {}, balance: {} }))
    await premiBalances()
    await listPayouts({ inmateId: "inm_1", limit: 5 })
    await createPayout({ inmate_id: "inm_1", amount: 50_000, paid_on: "2026-12-01", method: "cash_inside" })
    const urls = fetchMock.mock.calls.map(([url]) => String(url))
    expect(urls).toEqual([
      "http://backend.test:9000/lapas-api/premi/inmates",
      "http://backend.test:9000/lapas-api/premi/payouts?inmate_id=inm_1&limit=5",
      "http://backend.test:9000/lapas-api/premi/payouts",
    ])
    expect(JSON.parse(String(fetchMock.mock.calls[2][1]?.body))).toEqual({
      inmate_id: "inm_1",
      amount: 50_000,
      paid_on: "2026-12-01",
      method: "cash_inside",
    })
  })

  it("fetches a statement PDF with the session's token and keeps the API's file name", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7 …")
    fetchMock.mockResolvedValue(
      new Response(bytes, {
        status: 200,
        headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="premi-TNG-001-2026-12-01-2026-12-06.pdf"' },
      })
    )
    const file = await premiStatementPdf("inm_1", { from: "2026-12-01", to: "2026-12-06" })
    const [url, init] = fetchMock.mock.calls[0]
    expect(String(url)).toBe("http://backend.test:9000/lapas-api/premi/inmates/inm_1/statement?from=2026-12-01&to=2026-12-06&format=pdf")
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-fin")
    expect(file.filename).toBe("premi-TNG-001-2026-12-01-2026-12-06.pdf")
    expect(new TextDecoder().decode(file.body).startsWith("%PDF-")).toBe(true)
  })

  it("turns a refusal into an ApiError and needs a session", async () => {
    fetchMock.mockResolvedValue(json({ type: "not_found", message: 'Inmate with id "inm_b" was not found.' }, 404))
    const error = await premiStatementPdf("inm_b").catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, message: 'Inmate with id "inm_b" was not found.' })
    resetCookies()
    expect(await premiStatementPdf("inm_1").catch((e) => e)).toMatchObject({ status: 401 })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
