import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, resetCookies, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const finance = await import("./finance")

const fetchMock = stubBackend("token-fin")
const json = (status: number, body: unknown) => jsonResponse(body, status)

const call = (n = 0) => {
  const [url, init] = fetchMock.mock.calls[n]
  return { url: String(url), init: init!, headers: new Headers(init?.headers) }
}

describe("finance data", () => {
  it("asks the scoped ledger with only the filters that are set", async () => {
    fetchMock.mockResolvedValue(json(200, { entries: [], count: 0, limit: 25, offset: 0, totals: { capital: 0, premi: 0, pnbp: 0 } }))
    // The screen's own fields (its page number) are not sent: the API refuses unknown parameters.
    await finance.getLedger({ kind: "sale", from: "2026-11-01", order_id: undefined, limit: 25, offset: 50, page: 3 } as any)
    const { url, headers } = call()
    expect(url).toBe("http://backend.test:9000/lapas-api/ledger?kind=sale&from=2026-11-01&limit=25&offset=50")
    expect(headers.get("authorization")).toBe("Bearer token-fin")
  })

  it("sends the channel filter to the ledger and asks the report as JSON for a channel", async () => {
    fetchMock.mockResolvedValue(json(200, { entries: [], count: 0, limit: 25, offset: 0, totals: { capital: 0, premi: 0, pnbp: 0 }, totals_by_channel: [] }))
    await finance.getLedger({ channel: "event", limit: 25, offset: 0 })
    expect(call().url).toBe("http://backend.test:9000/lapas-api/ledger?channel=event&limit=25&offset=0")
    fetchMock.mockClear()
    fetchMock.mockResolvedValue(json(200, { by_channel: [] }))
    await finance.getPnbpReport({ from: "2026-11-01", to: "2026-11-30", channel: "showroom" })
    expect(call().url).toBe("http://backend.test:9000/lapas-api/reports/pnbp?from=2026-11-01&to=2026-11-30&channel=showroom&format=json")
  })

  it("encodes the order id in the shares path", async () => {
    fetchMock.mockResolvedValue(json(200, { order_id: "order/1", lines: [], entries: [] }))
    await finance.getOrderShares("order/1")
    expect(call().url).toBe("http://backend.test:9000/lapas-api/orders/order%2F1/shares")
  })

  it("records a deposit and closes a month with POSTs", async () => {
    fetchMock.mockResolvedValueOnce(json(201, { pnbp_deposit: { id: "pdep_1" } }))
    fetchMock.mockResolvedValueOnce(json(201, { closed_period: { id: "cp_1" } }))
    const body = {
      ntpn: "0123456789ABCDEF",
      billing_code: "820261015000123",
      amount: "125000",
      deposited_on: "2026-12-01",
      period_from: "2026-11-01",
      period_to: "2026-11-30",
    }
    await finance.recordPnbpDeposit(body)
    await finance.closePeriod({ month: "2026-11" })
    expect(call(0)).toMatchObject({ url: "http://backend.test:9000/lapas-api/pnbp-deposits", init: { method: "POST", body: JSON.stringify(body) } })
    expect(call(1)).toMatchObject({ url: "http://backend.test:9000/lapas-api/periods/close", init: { method: "POST" } })
  })

  it("asks the close preview for a month and reverses a deposit with its reason", async () => {
    fetchMock.mockResolvedValueOnce(json(200, { month: "2026-10", blockers: [] }))
    fetchMock.mockResolvedValueOnce(json(201, { reversal: { id: "pnbpd_2" }, pnbp_deposit: { id: "pnbpd/1" } }))
    await finance.getClosePreview({ month: "2026-10", lapas_id: undefined })
    await finance.reversePnbpDeposit("pnbpd/1", { reason: "Nominal salah ketik" })
    expect(call(0).url).toBe("http://backend.test:9000/lapas-api/periods/preview?month=2026-10")
    expect(call(1)).toMatchObject({
      url: "http://backend.test:9000/lapas-api/pnbp-deposits/pnbpd%2F1/reverse",
      init: { method: "POST", body: JSON.stringify({ reason: "Nominal salah ketik" }) },
    })
  })

  it("turns a refusal into an ApiError with the API's message", async () => {
    fetchMock.mockResolvedValue(json(409, { type: "conflict", message: "NTPN X is already recorded" }))
    const error = await finance.closePeriod({ month: "2026-11" }).catch((e) => e)
    expect(error).toMatchObject({ status: 409, message: "NTPN X is already recorded" })
  })

  it("fetches the report file with the session's token, server side, aborted with the browser's request", async () => {
    fetchMock.mockResolvedValue(new Response("%PDF-", { status: 200, headers: { "content-type": "application/pdf" } }))
    const browser = new AbortController()
    const response = await finance.fetchPnbpReport({ from: "2026-11-01", to: "2026-11-30", format: "pdf" }, browser.signal)
    expect(await response!.text()).toBe("%PDF-")
    const { url, headers, init } = call()
    expect(url).toBe("http://backend.test:9000/lapas-api/reports/pnbp?from=2026-11-01&to=2026-11-30&format=pdf")
    expect(headers.get("authorization")).toBe("Bearer token-fin")
    expect(init.signal).toBe(browser.signal)
  })

  it("fetches no report without a session", async () => {
    resetCookies()
    expect(await finance.fetchPnbpReport({ from: "2026-11-01", to: "2026-11-30", format: "csv" })).toBeNull()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
