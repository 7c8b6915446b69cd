import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { listProducts, listStock, updateStock, uploadProductPhotos, updateVariant } = await import("./catalog")
const { ApiError } = await import("./api")

const fetchMock = stubBackend("token-123")
const json = (status: number, body: unknown) => jsonResponse(body, status)

describe("catalog data", () => {
  it("lists products with only the filters given", async () => {
    fetchMock.mockImplementation(async () => json(200, { products: [], count: 0, limit: 20, offset: 0 }))
    await listProducts({ q: "jahe & kunyit", status: "draft", limit: 20, offset: 0 })
    expect(fetchMock.mock.calls[0][0]).toBe("http://backend.test:9000/lapas-api/products?q=jahe+%26+kunyit&status=draft&limit=20&offset=0")
    await listProducts()
    expect(fetchMock.mock.calls[1][0]).toBe("http://backend.test:9000/lapas-api/products")
  })

  it("asks for the low-stock list and sends a bulk stock edit", async () => {
    fetchMock.mockResolvedValueOnce(json(200, { stock: [], count: 0, limit: 100, offset: 0, below: 5 }))
    await listStock({ low: true })
    expect(fetchMock.mock.calls[0][0]).toBe("http://backend.test:9000/lapas-api/stock?low=true")
    fetchMock.mockResolvedValueOnce(json(200, { stock: [{ variant_id: "v1", stocked: 4 }] }))
    const rows = await updateStock([{ variant_id: "v1", stocked_quantity: 4 }])
    expect(rows).toEqual([{ variant_id: "v1", stocked: 4 }])
    const [, init] = fetchMock.mock.calls[1]
    expect(init?.method).toBe("POST")
    expect(init?.body).toBe(JSON.stringify({ levels: [{ variant_id: "v1", stocked_quantity: 4 }] }))
  })

  it("uploads photos as multipart with the member's token, never as JSON", async () => {
    fetchMock.mockResolvedValue(json(200, { product: { id: "prod_1", images: [] } }))
    const photo = new File([new Uint8Array([137, 80, 78, 71])], "jahe.png", { type: "image/png" })
    await uploadProductPhotos("prod_1", [photo])
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/products/prod_1/images")
    expect(init?.body).toBeInstanceOf(FormData)
    expect((init?.body as FormData).getAll("files")).toHaveLength(1)
    const headers = new Headers(init?.headers)
    expect(headers.get("content-type")).toBeNull()
    expect(headers.get("authorization")).toBe("Bearer token-123")
  })

  it("encodes ids in paths and passes the API's refusal on", async () => {
    fetchMock.mockResolvedValue(json(404, { message: 'Variant with id "variant_B" was not found.', type: "not_found" }))
    const error = await updateVariant("prod_1", "variant_B/../x", { price: 1 }).catch((e) => e)
    expect(fetchMock.mock.calls[0][0]).toBe("http://backend.test:9000/lapas-api/products/prod_1/variants/variant_B%2F..%2Fx")
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, message: 'Variant with id "variant_B" was not found.' })
  })
})
