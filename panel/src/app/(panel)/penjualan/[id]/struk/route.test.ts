import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, resetCookies, stubBackend } from "../../../../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { GET } = await import("./route")
const fetchMock = stubBackend("token-kasir")

const call = (query: string) =>
  GET(new Request(`http://panel.test/penjualan/dsale_1/struk${query}`), { params: Promise.resolve({ id: "dsale_1" }) })

describe("GET /penjualan/[id]/struk", () => {
  it("streams the backend's PDF as a download, fetched with the member's token", async () => {
    const pdf = new Uint8Array([37, 80, 68, 70, 45, 49])
    fetchMock.mockResolvedValue(
      new Response(pdf, { status: 200, headers: { "content-type": "application/pdf", "content-disposition": 'inline; filename="struk-1042.pdf"' } })
    )
    const response = await call("?format=a4")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("application/pdf")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="struk-1042.pdf"')
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/direct-sales/dsale_1/receipt?format=a4")
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-kasir")
  })

  it("defaults to the 58 mm roll and names the file when the backend does not", async () => {
    fetchMock.mockResolvedValue(new Response(new Uint8Array([37, 80, 68, 70]), { status: 200 }))
    const response = await call("")
    expect(fetchMock.mock.calls[0][0]).toBe("http://backend.test:9000/lapas-api/direct-sales/dsale_1/receipt?format=thermal")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="struk-dsale_1-58mm.pdf"')
  })

  it("refuses an unknown format without asking the backend", async () => {
    const response = await call("?format=letter")
    expect(response.status).toBe(400)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("answers with the backend's refusal, and sends an ended session to /sesi-berakhir", async () => {
    fetchMock.mockResolvedValue(jsonResponse({ message: "Direct sale not found" }, 404))
    const refused = await call("?format=thermal")
    expect(refused.status).toBe(404)
    expect(await refused.text()).toBe("Direct sale not found")
    resetCookies({})
    const ended = await call("?format=thermal")
    expect(ended.status).toBe(303)
    expect(ended.headers.get("location")).toBe("http://panel.test/sesi-berakhir")
  })
})
