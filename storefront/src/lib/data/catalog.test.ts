// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { KEY, requestsTo, stubBackend, type Reply } from "../../../test/fake-backend"

type Handler = (url: URL) => Reply
let handlers: Record<string, Handler>
let fetchMock: Mock

const product = (id: string) => ({ id, handle: id.replace("prod_", ""), title: id })
/** A card of GET /store/catalog/cards: one variant priced in rupiah. */
const card = (id: string, price: number) => ({
  ...product(id),
  subtitle: null,
  thumbnail: `http://backend.test:9000/static/${id}.webp`,
  created_at: "2026-12-01T00:00:00.000Z",
  updated_at: "2026-12-01T00:00:00.000Z",
  lapas: { id: "lapas_smg", handle: "lapas-semarang", name: "Lapas Kelas I Semarang", city: "Kota Semarang" },
  variants: [
    {
      id: `${id}_v`,
      title: "Satuan",
      sku: null,
      variant_rank: 0,
      manage_inventory: true,
      allow_backorder: false,
      inventory_quantity: 4,
      options: [],
      calculated_price: { calculated_amount: price, original_amount: price, currency_code: "idr" },
    },
  ],
})

beforeEach(() => {
  vi.resetModules()
  handlers = {
    "/store/regions": () => ({ body: { regions: [{ id: "reg_idr", currency_code: "idr" }] } }),
    "/store/product-categories": () => ({
      body: { product_categories: [{ id: "pcat_furnitur", handle: "furnitur", name: "Furnitur", rank: 0 }] },
    }),
    "/store/collections": () => ({
      body: { collections: [{ id: "pcol_rempah", handle: "oleh-oleh-rempah", title: "Oleh-oleh rempah" }], count: 1 },
    }),
    "/store/lapas": () => ({
      body: {
        lapas: [{ id: "lapas_smg", handle: "lapas-semarang", name: "Lapas Kelas I Semarang", product_count: 3 }],
        count: 1,
      },
    }),
    "/store/catalog/cards": (url) => ({
      body: {
        cards: [card("prod_c", 30000), card("prod_a", 45000)],
        count: 27,
        limit: Number(url.searchParams.get("limit")),
        offset: Number(url.searchParams.get("offset")),
      },
    }),
    // The products endpoint answers in its own order, and leaves out prod_b (unpublished meanwhile).
    "/store/products": () => ({ body: { products: [product("prod_a"), product("prod_c")], count: 2 } }),
  }
  fetchMock = stubBackend((url) => handlers[url.pathname]?.(url))
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("buildCatalogQuery", () => {
  it("sends only the filters that are set, with clamped paging", async () => {
    const { buildCatalogQuery } = await import("./catalog")
    expect(buildCatalogQuery({ sort: "price_asc", limit: 500, offset: -1, regionId: "reg_idr" })).toEqual({
      sort: "price_asc",
      limit: 100,
      offset: 0,
      region_id: "reg_idr",
    })
    expect(
      buildCatalogQuery({ categoryId: "pcat_1", lapasId: "lapas_1", priceMin: 0, priceMax: 50000, limit: 12, offset: 24 })
    ).toEqual({ sort: "newest", limit: 12, offset: 24, category_id: "pcat_1", lapas_id: "lapas_1", price_min: 0, price_max: 50000 })
    expect(buildCatalogQuery({ collectionId: "pcol_1" })).toEqual({ sort: "newest", limit: 12, offset: 0, collection_id: "pcol_1" })
  })
})

describe("getListing", () => {
  it("resolves handles to ids and reads the page of cards in one request, in the catalogue's order", async () => {
    const { getListing } = await import("./catalog")
    const result = await getListing({
      kategori: "furnitur",
      lapas: "lapas-semarang",
      harga_min: 100000,
      harga_maks: 900000,
      urut: "harga_turun",
      halaman: 2,
    })

    const [catalog] = requestsTo(fetchMock, "/store/catalog/cards")
    expect(Object.fromEntries(catalog.searchParams)).toEqual({
      category_id: "pcat_furnitur",
      lapas_id: "lapas_smg",
      price_min: "100000",
      price_max: "900000",
      sort: "price_desc",
      limit: "24",
      offset: "24",
      region_id: "reg_idr",
    })
    const init = fetchMock.mock.calls.find(([input]) => String(input).includes("/store/catalog/cards"))?.[1] as RequestInit & {
      next?: { tags?: string[] }
    }
    expect(new Headers(init.headers).get("x-publishable-api-key")).toBe(KEY)
    // Kept in Next.js's data cache until the backend revalidates the catalogue or this lapas.
    expect(init.cache).toBe("force-cache")
    expect(init.next?.tags).toEqual(["catalog", "lapas:lapas_smg"])
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
    expect(requestsTo(fetchMock, "/store/catalog")).toHaveLength(0)

    expect(result.products.map((p) => p.id)).toEqual(["prod_c", "prod_a"])
    // In the shape the product components read: price, stock and lapas of Medusa's store product.
    const [first] = result.products
    expect(first.variants?.[0].calculated_price?.calculated_amount).toBe(30000)
    expect(first.variants?.[0].inventory_quantity).toBe(4)
    expect(first.lapas?.name).toBe("Lapas Kelas I Semarang")
    expect(first.images).toEqual([])
    expect(result).toMatchObject({ count: 27, page: 2, totalPages: 2, search: false })
    expect(result.category?.id).toBe("pcat_furnitur")
    expect(result.lapas?.id).toBe("lapas_smg")
  })

  it("resolves a collection handle to its id, keeping lapas, price and sort", async () => {
    const { getListing } = await import("./catalog")
    const result = await getListing({ koleksi: "oleh-oleh-rempah", lapas: "lapas-semarang", harga_maks: 50000, urut: "harga_naik" })
    const [catalog] = requestsTo(fetchMock, "/store/catalog/cards")
    expect(Object.fromEntries(catalog.searchParams)).toEqual({
      collection_id: "pcol_rempah",
      lapas_id: "lapas_smg",
      price_max: "50000",
      sort: "price_asc",
      limit: "24",
      offset: "0",
      region_id: "reg_idr",
    })
    expect(result.collection?.id).toBe("pcol_rempah")
    expect(result.category).toBeUndefined()
  })

  it("does not ask for collections without a collection filter", async () => {
    const { getListing } = await import("./catalog")
    expect((await getListing({})).collection).toBeUndefined()
    expect(requestsTo(fetchMock, "/store/collections")).toHaveLength(0)
  })

  it("answers an unknown category or lapas with nothing, without asking the catalog", async () => {
    const { getListing } = await import("./catalog")
    expect(await getListing({ kategori: "tidak-ada" })).toMatchObject({ products: [], count: 0, category: null })
    expect(await getListing({ lapas: "lapas-tidak-ada" })).toMatchObject({ products: [], count: 0, lapas: null })
    expect(await getListing({ koleksi: "tidak-ada" })).toMatchObject({ products: [], count: 0, collection: null })
    expect(requestsTo(fetchMock, "/store/catalog/cards")).toHaveLength(0)
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })

  it("answers an empty page with no products and one page", async () => {
    handlers["/store/catalog/cards"] = () => ({ body: { cards: [], count: 0, limit: 12, offset: 0 } })
    const { getListing } = await import("./catalog")
    const result = await getListing({})
    expect(result).toMatchObject({ products: [], count: 0, totalPages: 1 })
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })

  it("shows the backend's message when it refuses the filters (400) and throws on other failures", async () => {
    handlers["/store/catalog/cards"] = () => ({ status: 400, body: { message: "price_min must be a whole number" } })
    const { getListing } = await import("./catalog")
    expect((await getListing({})).rejected).toBe("price_min must be a whole number")

    handlers["/store/catalog/cards"] = () => ({ status: 500, body: { message: "boom" } })
    await expect(getListing({ halaman: 2 })).rejects.toThrow()
  })

  it("searches with Medusa's q within the category, without the catalog", async () => {
    handlers["/store/products"] = () => ({ body: { products: [product("prod_jahe")], count: 1 } })
    const { getListing } = await import("./catalog")
    const result = await getListing({ q: "jahe", kategori: "furnitur", lapas: "lapas-semarang" })
    const [search] = requestsTo(fetchMock, "/store/products")
    expect(search.searchParams.get("q")).toBe("jahe")
    expect(search.searchParams.get("category_id[0]")).toBe("pcat_furnitur")
    expect(requestsTo(fetchMock, "/store/catalog/cards")).toHaveLength(0)
    expect(result).toMatchObject({ search: true, count: 1 })
  })
})
