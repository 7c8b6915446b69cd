// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { BACKEND, KEY, requestsTo, stubBackend } from "../../../test/fake-backend"

type Handler = (url: URL) => unknown

/** A product as the catalogue routes answer it (a card; the product page adds images, categories, …). */
const catalogProduct = (id: string, handle: string) => ({
  id,
  handle,
  title: "Kopi",
  subtitle: null,
  thumbnail: null,
  created_at: "2026-12-01T00:00:00.000Z",
  updated_at: "2026-12-01T00:00:00.000Z",
  lapas: { id: "lapas_1", handle: "lapas-bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" },
  variants: [
    {
      id: "variant_1",
      title: "250 g",
      sku: "KOPI-250",
      variant_rank: 0,
      manage_inventory: true,
      allow_backorder: false,
      inventory_quantity: 0,
      options: [],
      calculated_price: { calculated_amount: 125000, original_amount: 125000, currency_code: "idr" },
    },
  ],
})
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
    "/store/catalog/cards": () => ({ cards: [catalogProduct("prod_1", "kopi")], count: 30, limit: 12, offset: 12 }),
    "/store/catalog/products/kopi": () => ({
      product: {
        ...catalogProduct("prod_1", "kopi"),
        description: "Kopi robusta",
        metadata: { pirt: "2063525010123-26" },
        collection_id: null,
        type: null,
        images: [{ id: "img_1", url: "http://backend.test:9000/static/kopi.webp", rank: 0 }],
        categories: [{ id: "pcat_makanan", name: "Makanan", handle: "makanan", description: null, parent_category_id: null, rank: 0, metadata: null }],
        options: [],
      },
    }),
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
  it("reads one page of cards with the IDR region, category id and paging, with the publishable key", async () => {
    const { listProducts } = await import("./products")
    const result = await listProducts({ categoryHandle: "makanan", limit: 12, offset: 12 })

    expect(result.count).toBe(30)
    expect(result.products.map((p) => p.handle)).toEqual(["kopi"])
    expect(result.category?.id).toBe("pcat_makanan")

    const [cards] = requestsTo(fetchMock, "/store/catalog/cards")
    expect(cards.origin).toBe(BACKEND)
    expect(Object.fromEntries(cards.searchParams)).toEqual({
      region_id: "reg_idr",
      category_id: "pcat_makanan",
      limit: "12",
      offset: "12",
    })
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)

    const init = fetchMock.mock.calls.find(([input]) => String(input).includes("/store/catalog/cards"))?.[1] as RequestInit & {
      next?: { tags?: string[] }
    }
    expect(new Headers(init.headers).get("x-publishable-api-key")).toBe(KEY)
    expect(init.next?.tags).toEqual(["catalog"])
  })

  it("returns nothing, without querying products, for an unknown category", async () => {
    const { listProducts } = await import("./products")
    const result = await listProducts({ categoryHandle: "tidak-ada" })
    expect(result).toMatchObject({ products: [], count: 0, category: null })
    expect(requestsTo(fetchMock, "/store/catalog/cards")).toHaveLength(0)
  })

  it("omits region_id when the backend has no IDR region", async () => {
    handlers["/store/regions"] = () => ({ regions: [{ id: "reg_usd", currency_code: "usd" }] })
    const { listProducts } = await import("./products")
    await listProducts({})
    expect(requestsTo(fetchMock, "/store/catalog/cards")[0].searchParams.has("region_id")).toBe(false)
  })
})

describe("getProductByHandle", () => {
  it("reads the product page's product by handle, tagged product:<handle>, in Medusa's store product shape", async () => {
    const { getProductByHandle } = await import("./products")
    const { getPriceRange, getLicences, getImageUrls, isProductInStock } = await import("../util/product")
    const product = await getProductByHandle("kopi")
    expect(product?.id).toBe("prod_1")
    expect(getPriceRange(product!)).toEqual({ min: 125000, max: 125000 })
    expect(isProductInStock(product!)).toBe(false)
    expect(getLicences(product!)).toEqual([{ key: "pirt", number: "2063525010123-26" }])
    expect(getImageUrls(product!)).toEqual(["http://backend.test:9000/static/kopi.webp"])
    expect(product?.categories?.map((c) => c.handle)).toEqual(["makanan"])

    const [request] = requestsTo(fetchMock, "/store/catalog/products/kopi")
    expect(request.searchParams.get("region_id")).toBe("reg_idr")
    const init = fetchMock.mock.calls.find(([input]) => String(input).includes("/store/catalog/products/kopi"))?.[1] as RequestInit & {
      next?: { tags?: string[] }
    }
    expect(init.next?.tags).toEqual(["product:kopi"])
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })

  it("answers null for a handle the store does not sell (404)", async () => {
    const { getProductByHandle } = await import("./products")
    expect(await getProductByHandle("teh")).toBeNull()
    expect(requestsTo(fetchMock, "/store/catalog/products/teh")).toHaveLength(1)
  })
})
