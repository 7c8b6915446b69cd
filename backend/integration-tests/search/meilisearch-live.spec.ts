/**
 * The Meilisearch engine against a real Meilisearch v1.x server. Skipped unless
 * MEILISEARCH_HOST is set (Meilisearch cannot run on the build machines; the contract test
 * src/modules/search/engines/meilisearch.spec.ts covers the HTTP without a server):
 *
 *   docker run --rm -p 7700:7700 -e MEILI_MASTER_KEY=dev-master-key getmeili/meilisearch:v1.15
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=dev-master-key pnpm test:search
 *
 * It works in its own throw-away index (test_products_<pid>_<time>) and deletes it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchEngine } from "../../src/modules/search/engines/meilisearch"
import { PRICE_BUCKETS, priceBucketOf, type SearchDocument, type SearchParams } from "../../src/modules/search/types"

const host = process.env.MEILISEARCH_HOST
const apiKey = process.env.MEILISEARCH_API_KEY || undefined

const CIPINANG = { lapas_id: "lapas_01", lapas_handle: "lapas-cipinang", lapas_name: "Lapas Kelas I Cipinang" }
const SUKAMISKIN = { lapas_id: "lapas_02", lapas_handle: "lapas-sukamiskin", lapas_name: "Lapas Kelas I Sukamiskin" }
const TANGERANG = { lapas_id: "lapas_03", lapas_handle: "lapas-tangerang", lapas_name: "Lapas Pemuda Tangerang" }
const DRINKS = {
  category_handles: ["makanan-minuman", "minuman-serbuk"],
  category_names: ["Makanan & Minuman", "Minuman Serbuk"],
}
const FURNITURE = { category_handles: ["mebel"], category_names: ["Mebel"] }

function product(
  fields: Pick<SearchDocument, "id" | "title" | "lapas_id" | "lapas_handle" | "lapas_name" | "category_handles" | "category_names"> &
    Partial<SearchDocument> & { min_price: number | null; created_at: string }
): SearchDocument {
  return {
    handle: fields.id.replace(/^prod_/, ""),
    subtitle: null,
    description: null,
    thumbnail: null,
    tags: [],
    sales_channel_ids: ["sc_web"],
    in_stock: true,
    price_bucket: priceBucketOf(fields.min_price),
    ...fields,
  }
}

const documents: SearchDocument[] = [
  product({
    id: "prod_jahe",
    title: "Jahe Instan Merah",
    description: "Minuman serbuk siap seduh dari jahe merah pilihan.",
    tags: ["jahe", "herbal"],
    ...CIPINANG,
    ...DRINKS,
    min_price: 35_000,
    created_at: "2026-03-05T08:00:00.000Z",
  }),
  product({
    id: "prod_wedang",
    title: "Wedang Uwuh Rempah",
    description: "Rempah kering: jahe, kayu secang, cengkeh dan kayu manis.",
    ...SUKAMISKIN,
    ...DRINKS,
    min_price: 28_000,
    created_at: "2026-03-04T08:00:00.000Z",
  }),
  product({
    id: "prod_kunyit",
    title: "Kunyit Asam Instan",
    description: "Kunyit asam serbuk tanpa pengawet.",
    ...SUKAMISKIN,
    ...DRINKS,
    min_price: 42_000,
    in_stock: false,
    created_at: "2026-03-03T08:00:00.000Z",
  }),
  product({
    id: "prod_kursi",
    title: "Kursi Rotan Teras",
    description: "Anyaman rotan sintetis di rangka besi.",
    ...CIPINANG,
    ...FURNITURE,
    min_price: 850_000,
    created_at: "2026-03-02T08:00:00.000Z",
  }),
  product({
    id: "prod_meja",
    title: "Meja Jati Minimalis",
    ...TANGERANG,
    ...FURNITURE,
    min_price: 1_500_000,
    in_stock: false,
    created_at: "2026-03-01T08:00:00.000Z",
  }),
  // No price yet: cannot be bought, never found.
  product({
    id: "prod_noprice",
    title: "Tas Anyaman Pandan",
    ...TANGERANG,
    category_handles: ["kerajinan"],
    category_names: ["Kerajinan"],
    min_price: null,
    created_at: "2026-03-07T08:00:00.000Z",
  }),
  // Sold through another sales channel only: the storefront's key never finds it.
  product({
    id: "prod_hidden",
    title: "Jahe Bubuk Premium",
    ...CIPINANG,
    ...DRINKS,
    min_price: 60_000,
    sales_channel_ids: ["sc_other"],
    created_at: "2026-03-06T08:00:00.000Z",
  }),
]

const params = (overrides: Partial<SearchParams>): SearchParams => ({
  q: "",
  sales_channel_ids: ["sc_web"],
  limit: 20,
  offset: 0,
  ...overrides,
})

const prices = (counts: Record<string, number>) =>
  PRICE_BUCKETS.map((b) => ({ value: b.value, min: b.min, max: b.max, count: counts[b.value] ?? 0 }))

describe.skipIf(!host)("Meilisearch engine against a real server", () => {
  const indexName = `test_products_${process.pid}_${Date.now()}`
  let engine: MeilisearchEngine

  beforeAll(async () => {
    engine = new MeilisearchEngine({ host: host!, apiKey, indexName })
    await engine.setup()
    await engine.setup() // idempotent
    await engine.replaceAll(documents)
  })

  afterAll(async () => {
    if (!host) return
    const { Meilisearch } = await import("meilisearch")
    const client = new Meilisearch({ host, apiKey })
    for (const uid of [indexName, `${indexName}_reindex`]) {
      await client
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined)
    }
  })

  it.each(["jahe instan", "jahe instant", "jhe instan", "JAHE"])("%s finds the jahe instan first", async (q) => {
    const result = await engine.search(params({ q }))
    expect(result.hits[0]?.id).toBe("prod_jahe")
    expect(result.hits.map((h) => h.id)).not.toContain("prod_hidden")
  })

  it("highlights the matched words of the title", async () => {
    const result = await engine.search(params({ q: "jahe instant" }))
    expect(result.hits[0].highlight.title).toMatch(/<mark>Jahe<\/mark>/)
    expect(result.hits[0].highlight.title.replace(/<\/?mark>/g, "")).toBe("Jahe Instan Merah")
    expect(result.hits[0].lapas).toEqual({ name: "Lapas Kelas I Cipinang", handle: "lapas-cipinang" })
    expect(result.hits[0].highlight.description).toMatch(/<mark>jahe<\/mark>/i)
  })

  it("products without a price and products of other sales channels are never found", async () => {
    expect((await engine.search(params({ q: "tas anyaman pandan" }))).hits.map((h) => h.id)).not.toContain("prod_noprice")
    expect((await engine.search(params({ lapas: ["lapas-tangerang"] }))).hits.map((h) => h.id)).toEqual(["prod_meja"])
    expect((await engine.search(params({ q: "jahe bubuk premium" }))).hits.map((h) => h.id)).not.toContain("prod_hidden")
  })

  it("when no product has every word, products with fewer of them are found", async () => {
    const result = await engine.search(params({ q: "kursi plastik" }))
    expect(result.hits[0]?.id).toBe("prod_kursi")
  })

  it("English words find Indonesian products through the synonyms", async () => {
    expect((await engine.search(params({ q: "chair" }))).hits[0]?.id).toBe("prod_kursi")
    expect((await engine.search(params({ q: "teak table" }))).hits[0]?.id).toBe("prod_meja")
  })

  it("an empty query lists the channel's products newest first, with every facet", async () => {
    const result = await engine.search(params({}))
    expect(result.hits.map((h) => h.id)).toEqual(["prod_jahe", "prod_wedang", "prod_kunyit", "prod_kursi", "prod_meja"])
    expect(result.total).toBe(5)
    expect(result.facets).toEqual({
      lapas: [
        { value: "lapas-cipinang", label: "Lapas Kelas I Cipinang", count: 2 },
        { value: "lapas-sukamiskin", label: "Lapas Kelas I Sukamiskin", count: 2 },
        { value: "lapas-tangerang", label: "Lapas Pemuda Tangerang", count: 1 },
      ],
      category: [
        { value: "makanan-minuman", label: "Makanan & Minuman", count: 3 },
        { value: "minuman-serbuk", label: "Minuman Serbuk", count: 3 },
        { value: "mebel", label: "Mebel", count: 2 },
      ],
      price: prices({ "0-50000": 3, "500000-1000000": 1, "1000000-": 1 }),
    })
  })

  it("pages with exact totals, also at an offset that is not a multiple of the limit", async () => {
    const page2 = await engine.search(params({ limit: 2, offset: 2 }))
    expect(page2.hits.map((h) => h.id)).toEqual(["prod_kunyit", "prod_kursi"])
    expect(page2.total).toBe(5)
    const shifted = await engine.search(params({ limit: 2, offset: 3, facets: false }))
    expect(shifted.hits.map((h) => h.id)).toEqual(["prod_kursi", "prod_meja"])
    expect(shifted.facets).toEqual({ lapas: [], category: [], price: [] })
  })

  it("a lapas filter narrows the hits while the lapas facet still counts the others", async () => {
    const result = await engine.search(params({ lapas: ["lapas-cipinang"] }))
    expect(result.hits.map((h) => h.id).sort()).toEqual(["prod_jahe", "prod_kursi"])
    expect(result.total).toBe(2)
    expect(result.facets.lapas.map((f) => [f.value, f.count])).toEqual([
      ["lapas-cipinang", 2],
      ["lapas-sukamiskin", 2],
      ["lapas-tangerang", 1],
    ])
    expect(result.facets.category.map((f) => [f.value, f.count])).toEqual([
      ["makanan-minuman", 1],
      ["mebel", 1],
      ["minuman-serbuk", 1],
    ])
    expect(result.facets.price).toEqual(prices({ "0-50000": 1, "500000-1000000": 1 }))
  })

  it("two lapas are either one; price range and stock combine", async () => {
    const either = await engine.search(params({ lapas: ["lapas-cipinang", "lapas-tangerang"] }))
    expect(either.total).toBe(3)
    const result = await engine.search(params({ in_stock: true, min_price: 30_000, max_price: 1_000_000 }))
    expect(result.hits.map((h) => h.id).sort()).toEqual(["prod_jahe", "prod_kursi"])
    // The price facet ignores the price filter but keeps the stock filter.
    expect(result.facets.price).toEqual(prices({ "0-50000": 2, "500000-1000000": 1 }))
  })

  it("a category filter finds the products of the category and its children", async () => {
    const result = await engine.search(params({ q: "instan", category: ["makanan-minuman"] }))
    expect(result.hits.map((h) => h.id).sort()).toEqual(["prod_jahe", "prod_kunyit"])
  })

  it("an update is searchable as soon as upsert returns, a removal gone as soon as remove returns", async () => {
    const kursi = documents.find((d) => d.id === "prod_kursi")!
    await engine.upsert([{ ...kursi, title: "Kursi Lipat Bambu Petung" }])
    expect((await engine.search(params({ q: "petung" }))).hits.map((h) => h.id)).toEqual(["prod_kursi"])

    await engine.remove(["prod_kursi", "prod_never_indexed"])
    expect((await engine.search(params({ q: "kursi rotan" }))).total).toBe(0)
    expect((await engine.search(params({}))).total).toBe(4)
  })

  it("replaceAll leaves exactly the new documents", async () => {
    await engine.replaceAll(documents.filter((d) => d.id === "prod_jahe" || d.id === "prod_meja"))
    const result = await engine.search(params({}))
    expect(result.hits.map((h) => h.id)).toEqual(["prod_jahe", "prod_meja"])
  })
})
