// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { BACKEND, KEY, requestsTo, stubBackend } from "../../../test/fake-backend"

type Handler = (url: URL) => unknown
let handlers: Record<string, Handler>
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  handlers = {
    "/store/regions": () => ({
      regions: [
        { id: "reg_usd", currency_code: "usd" },
        { id: "reg_idr", currency_code: "idr" },
      ],
    }),
    "/store/product-categories": (url) => ({
      product_categories:
        url.searchParams.get("handle") === "makanan"
          ? [{ id: "pcat_makanan", handle: "makanan", name: "Makanan" }]
          : [],
    }),
    "/store/products": () => ({ products: [{ id: "prod_1", handle: "kopi", title: "Kopi" }], count: 30 }),
  }
  fetchMock = stubBackend((url) => {
    const handler = handlers[url.pathname]
    return handler && { body: handler(url) }
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("buildProductQuery", () => {
  it("asks for prices, stock, images, categories, the product type (services), metadata and the public lapas profile", async () => {
    const { buildProductQuery } = await import("./products")
    const query = buildProductQuery({ regionId: "reg_idr", categoryId: "pcat_1", limit: 12, offset: 24 })
    expect(query).toEqual({
      fields:
        "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,*images,*categories,*type,+metadata," +
        "+lapas.handle,+lapas.name,+lapas.city,+lapas.province,+lapas.lapas_class",
      region_id: "reg_idr",
      category_id: ["pcat_1"],
      limit: 12,
      offset: 24,
    })
  })

  it("clamps limit and offset and leaves out empty filters", async () => {
    const { buildProductQuery } = await import("./products")
    const query = buildProductQuery({ regionId: null, limit: 5000, offset: -3 })
    expect(query.limit).toBe(100)
    expect(query.offset).toBe(0)
    expect(query).not.toHaveProperty("region_id")
    expect(query).not.toHaveProperty("category_id")
  })
})

describe("listProducts", () => {
  it("sends the IDR region, category id and paging to the store API with the publishable key", async () => {
    const { listProducts } = await import("./products")
    const result = await listProducts({ categoryHandle: "makanan", limit: 12, offset: 12 })

    expect(result.count).toBe(30)
    expect(result.products.map((p) => p.handle)).toEqual(["kopi"])
    expect(result.category?.id).toBe("pcat_makanan")

    const [productRequest] = requestsTo(fetchMock, "/store/products")
    expect(productRequest.origin).toBe(BACKEND)
    expect(productRequest.searchParams.get("region_id")).toBe("reg_idr")
    expect(productRequest.searchParams.getAll("category_id[0]")).toEqual(["pcat_makanan"])
    expect(productRequest.searchParams.get("limit")).toBe("12")
    expect(productRequest.searchParams.get("offset")).toBe("12")
    expect(productRequest.searchParams.get("fields")).toContain("*variants.calculated_price")
    expect(productRequest.searchParams.get("fields")).toContain("+metadata")

    const init = fetchMock.mock.calls.find(([input]) => String(input).includes("/store/products"))?.[1] as RequestInit
    expect(new Headers(init.headers).get("x-publishable-api-key")).toBe(KEY)
  })

  it("returns nothing, without querying products, for an unknown category", async () => {
    const { listProducts } = await import("./products")
    const result = await listProducts({ categoryHandle: "tidak-ada" })
    expect(result).toMatchObject({ products: [], count: 0, category: null })
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })

  it("omits region_id when the backend has no IDR region", async () => {
    handlers["/store/regions"] = () => ({ regions: [{ id: "reg_usd", currency_code: "usd" }] })
    const { listProducts } = await import("./products")
    await listProducts({})
    expect(requestsTo(fetchMock, "/store/products")[0].searchParams.has("region_id")).toBe(false)
  })
})

describe("getProductByHandle", () => {
  it("queries by handle and returns the matching product or null", async () => {
    const { getProductByHandle } = await import("./products")
    expect((await getProductByHandle("kopi"))?.id).toBe("prod_1")
    expect(requestsTo(fetchMock, "/store/products")[0].searchParams.get("handle")).toBe("kopi")
    expect(await getProductByHandle("teh")).toBeNull()
  })
})
