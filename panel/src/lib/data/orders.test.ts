import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, resetCookies, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { cancelOrder, confirmTransfer, fetchOrderDocument, listOrders, packOrder, shipPackage } = await import("./orders")

const fetchMock = stubBackend("token-abc")
const json = jsonResponse

describe("orders data", () => {
  it("lists a tab's page with the search", async () => {
    fetchMock.mockResolvedValue(json({ parts: [], count: 0, limit: 20, offset: 20, counts: {}, tab_counts: {} }))
    await listOrders({ tab: "to_pack", q: "1042", page: 2 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/orders?tab=to_pack&q=1042&limit=20&offset=20")
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-abc")
  })

  it("sends the transfer confirmation as multipart with the proof photo", async () => {
    fetchMock.mockResolvedValue(json({ part: {} }))
    const proof = new File([new Uint8Array([1, 2, 3])], "bukti.png", { type: "image/png" })
    await confirmTransfer("order_1", { amount: 62000, transferredOn: "2026-12-01", proof })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/orders/order_1/transfer-confirmations")
    expect(init?.method).toBe("POST")
    const body = init?.body as FormData
    expect(body).toBeInstanceOf(FormData)
    expect(body.get("amount")).toBe("62000")
    expect(body.get("transferred_on")).toBe("2026-12-01")
    expect((body.get("proof") as File).name).toBe("bukti.png")
    expect(body.get("lapas_id")).toBeNull()
    // No JSON content type: fetch writes the multipart boundary itself.
    expect(new Headers(init?.headers).get("content-type")).toBeNull()
  })

  it("packs, ships and cancels with JSON bodies on the order's paths", async () => {
    fetchMock.mockImplementation(async () => json({ part: {}, parts: [] }))
    await packOrder("order_1")
    await shipPackage("order_1", "ful_1", { courier: "JNE", resi: "JNE0012345678" })
    await cancelOrder("order_1", "Stok habis")
    const calls = fetchMock.mock.calls.map(([url, init]) => [url, init?.body])
    expect(calls).toEqual([
      ["http://backend.test:9000/lapas-api/orders/order_1/fulfillments", "{}"],
      ["http://backend.test:9000/lapas-api/orders/order_1/fulfillments/ful_1/shipment", JSON.stringify({ courier: "JNE", resi: "JNE0012345678" })],
      ["http://backend.test:9000/lapas-api/orders/order_1/cancel", JSON.stringify({ reason: "Stok habis" })],
    ])
  })

  it("fetches a document with the session's token, and answers 401 without a session", async () => {
    fetchMock.mockResolvedValue(new Response(new Uint8Array([37, 80, 68, 70]), { status: 200 }))
    const response = await fetchOrderDocument("order_1", "daftar-isi")
    expect(response.status).toBe(200)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/orders/order_1/packing-slip")
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token-abc")
    await fetchOrderDocument("order_1", "label", "lapas_b")
    expect(fetchMock.mock.calls[1][0]).toBe("http://backend.test:9000/lapas-api/orders/order_1/shipping-label?lapas_id=lapas_b")
    resetCookies({})
    expect((await fetchOrderDocument("order_1", "label")).status).toBe(401)
  })
})
