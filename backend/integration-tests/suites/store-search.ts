import { CATEGORIES, LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { SERVICES } from "../../src/scripts/demo-data/services"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { PRICE_BUCKETS } from "../../src/modules/search/types"
import { defineSuite, demoSeed } from "../runner"
import { failureOf } from "../helpers"

/**
 * The demo catalogue as the test knows it, independently of the index under test: the goods, and
 * the services (jasa) sold as vouchers, which are in no category (no category facet counts them).
 */
const demo: { handle: string; lapas: string; category: string | null; price: number }[] = [
  ...PRODUCTS.map((p) => ({
    handle: p.handle,
    lapas: p.lapas,
    category: p.category as string | null,
    price: Math.min(...p.variants.map((v) => v.price)),
  })),
  ...SERVICES.map((s) => ({ handle: s.handle, lapas: s.lapas, category: null, price: Math.min(...s.variants.map((v) => v.price)) })),
]
const inCategory = (p: (typeof demo)[number]) => p.category !== null

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1
    return counts
  }, {})

const bucketOf = (price: number) => PRICE_BUCKETS.find((b) => price >= b.min && (b.max === null || price < b.max))!.value

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const search = async (query: string) => (await api.get(`/store/search?${query}`, store())).data
    const logged = async () =>
      (
        await dbConnection.raw(
          `SELECT query, result_count, lapas_id FROM search_query ORDER BY created_at, id`
        )
      ).rows as { query: string; result_count: number; lapas_id: string | null }[]

    beforeAll(async () => {
      seeded = demoSeed()
    })

    describe("GET /store/search", () => {
      it.each(["jahe instan", "jahe instant", "jhe instan", "JAHE", "Jahe  Instan!", "ginger"])(
        "%s finds the demo jahe instan first",
        async (q) => {
          const result = await search(`q=${encodeURIComponent(q)}`)
          expect(result.total).toBeGreaterThan(0)
          expect(result.hits[0]).toMatchObject({
            handle: "jahe-instan",
            title: "Jahe Instan Bojonegoro",
            lapas: { handle: "lapas-bojonegoro", name: LAPAS.find((l) => l.handle === "lapas-bojonegoro")!.name },
            min_price: 25_000,
            in_stock: true,
          })
          expect(Object.keys(result)).toEqual(expect.arrayContaining(["hits", "facets", "total"]))
        }
      )

      it('"jahee": the jahe products first, no softball glove or batik ("dijahit"), and says "jahe"', async () => {
        const result = await search(`q=jahee`)
        expect(result.hits[0].handle).toBe("jahe-instan")
        expect(result.hits.map((hit: any) => hit.handle).filter((h: string) => /softball|batting|mitt|batik/.test(h))).toEqual([])
        expect(result.corrected_query).toBe("jahe")
        expect(result.search_id).toMatch(/^srch_/)
        const asTyped = await search(`q=jahe`)
        expect(asTyped.corrected_query).toBeNull()
      })

      it("marks the matched words in the title and description, nothing else", async () => {
        const { hits } = await search("q=jahe")
        expect(hits[0].highlight.title).toBe("<mark>Jahe</mark> Instan Bojonegoro")
        expect(hits[0].highlight.description).toContain("<mark>jahe</mark>")
        expect(hits[0].highlight.description.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/)
      })

      it("an empty query lists every demo product, newest first, with facet counts of the whole catalogue", async () => {
        const result = await search("limit=50")
        expect(result.total).toBe(demo.length)
        expect(result.hits).toHaveLength(Math.min(50, demo.length))
        expect(result.hits.every((hit: { highlight: { title: string } }) => !hit.highlight.title.includes("<mark>"))).toBe(true)

        const byLapas = countBy(demo, (p) => p.lapas)
        expect(Object.fromEntries(result.facets.lapas.map((f: { value: string; count: number }) => [f.value, f.count]))).toEqual(byLapas)
        const byCategory = countBy(demo.filter(inCategory), (p) => p.category!)
        expect(Object.fromEntries(result.facets.category.map((f: { value: string; count: number }) => [f.value, f.count]))).toEqual(byCategory)
        for (const facet of result.facets.category) {
          expect(facet.label).toBe(CATEGORIES.find((c) => c.handle === facet.value)!.name)
        }
        const byPrice = countBy(demo, (p) => bucketOf(p.price))
        expect(result.facets.price.map((f: { value: string }) => f.value)).toEqual(PRICE_BUCKETS.map((b) => b.value))
        for (const bucket of result.facets.price) {
          expect(bucket.count).toBe(byPrice[bucket.value] ?? 0)
        }
        // Ordered by count, most first.
        const counts = result.facets.lapas.map((f: { count: number }) => f.count)
        expect(counts).toEqual([...counts].sort((a, b) => b - a))
      })

      it("filters by lapas, category and price; each facet counts with the other filters only", async () => {
        const lapas = "lapas-bojonegoro"
        const category = "makanan-minuman"
        const result = await search(`lapas=${lapas}&category=${category}&max_price=30000&limit=50`)
        const expected = demo.filter((p) => p.lapas === lapas && p.category === category && p.price <= 30_000)
        expect(expected.length).toBeGreaterThan(0)
        expect(result.total).toBe(expected.length)
        expect(result.hits.map((h: { handle: string }) => h.handle).sort()).toEqual(expected.map((p) => p.handle).sort())

        // The lapas facet ignores the lapas filter: other lapas with cheap food still show.
        const lapasFacet = Object.fromEntries(result.facets.lapas.map((f: { value: string; count: number }) => [f.value, f.count]))
        expect(lapasFacet).toEqual(countBy(demo.filter((p) => p.category === category && p.price <= 30_000), (p) => p.lapas))
        const categoryFacet = Object.fromEntries(result.facets.category.map((f: { value: string; count: number }) => [f.value, f.count]))
        expect(categoryFacet).toEqual(countBy(demo.filter((p) => inCategory(p) && p.lapas === lapas && p.price <= 30_000), (p) => p.category!))
        const priceFacet = Object.fromEntries(result.facets.price.map((f: { value: string; count: number }) => [f.value, f.count]))
        const inLapasCategory = countBy(demo.filter((p) => p.lapas === lapas && p.category === category), (p) => bucketOf(p.price))
        for (const bucket of PRICE_BUCKETS) {
          expect(priceFacet[bucket.value]).toBe(inLapasCategory[bucket.value] ?? 0)
        }
      })

      it("several lapas handles are either-or; min_price is inclusive", async () => {
        const two = ["lapas-bojonegoro", "lapas-tanjungpinang"]
        const min = 85_000
        const result = await search(`lapas=${two.join(",")}&min_price=${min}&limit=50`)
        const expected = demo.filter((p) => two.includes(p.lapas) && p.price >= min)
        expect(result.total).toBe(expected.length)
        expect(result.hits.every((h: { min_price: number }) => h.min_price >= min)).toBe(true)
      })

      it("pages without overlap", async () => {
        const first = await search("limit=5&offset=0")
        const second = await search("limit=5&offset=5")
        const ids = [...first.hits, ...second.hits].map((h: { id: string }) => h.id)
        expect(new Set(ids).size).toBe(10)
        expect(second.total).toBe(first.total)
      })

      it("when not every word matches, products matching some of them are found, best first", async () => {
        const result = await search("q=kursi%20rotan%20xyzzy")
        expect(result.total).toBeGreaterThan(0)
        expect(result.hits[0].title).toMatch(/kursi/i)
        expect(result.hits[0].title).toMatch(/rotan/i)
      })

      it("finds nothing for words no product has, and says so with an empty result", async () => {
        const result = await search("q=xyzzy%20plugh")
        expect(result).toMatchObject({ hits: [], total: 0 })
      })

      it("a key without sales channels finds nothing", async () => {
        const container = getContainer()
        const apiKeys = container.resolve("api_key") as any
        const key = await apiKeys.createApiKeys({ title: "search test key", type: "publishable", created_by: "test" })
        const { data } = await api.get(`/store/search?q=jahe`, { headers: { "x-publishable-api-key": key.token } })
        expect(data.total).toBe(0)
      })

      it.each([
        ["min_price=50000&max_price=10000", "min_price (50000) is more than max_price (10000)"],
        ["limit=51", "limit cannot be more than 50"],
        ["lapas=Lapas%20Bojonegoro", "lapas holds handles"],
        ["in_stock=yes", "in_stock is true or false"],
        ["sort=price", "sort"],
        [`q=${"a".repeat(201)}`, "q is at most 200 characters"],
      ])("refuses %s with a 400 that says what to fix", async (query, message) => {
        const failure = await failureOf(api.get(`/store/search?${query}`, store()))
        expect(failure.status).toBe(400)
        expect(failure.message).toContain(message)
      })
    })

    describe("the search log", () => {
      it("logs each search's normalised query, result count and lapas; not browsing, later pages or suggestions", async () => {
        await dbConnection.raw(`DELETE FROM search_query`)
        const found = await search("q=%20Jahe%20INSTAN!%20")
        await search("q=xyzzy%20plugh")
        await search("q=tanjak&lapas=lapas-tanjungpinang")
        await search("q=tanjak&lapas=lapas-tanjungpinang,lapas-bojonegoro")
        await search("limit=5")
        await search("q=jahe&offset=20")
        await api.get(`/store/search/suggestions?q=jah`, store())

        const tanjungpinang = await dbConnection.raw(`SELECT id FROM lapas WHERE handle = 'lapas-tanjungpinang'`)
        expect(await logged()).toEqual([
          { query: "jahe instan", result_count: found.total, lapas_id: null },
          { query: "xyzzy plugh", result_count: 0, lapas_id: null },
          { query: "tanjak", result_count: expect.any(Number), lapas_id: tanjungpinang.rows[0].id },
          { query: "tanjak", result_count: expect.any(Number), lapas_id: null },
        ])
        const columns = (
          await dbConnection.raw(`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_query'`)
        ).rows.map((r: { column_name: string }) => r.column_name)
        // Nothing about the buyer: the query in two forms, its count, the lapas filter and times.
        expect(columns.sort()).toEqual(["canonical_query", "created_at", "deleted_at", "id", "lapas_id", "query", "result_count", "updated_at"])
      })
    })

    describe("GET /store/search/suggestions", () => {
      it("suggests as the buyer types, misspelt or half a word", async () => {
        for (const q of ["jah", "jahe ins", "jhe"]) {
          const { data } = await api.get(`/store/search/suggestions?q=${encodeURIComponent(q)}&limit=3`, store())
          expect(data.suggestions.length).toBeGreaterThan(0)
          expect(data.suggestions.length).toBeLessThanOrEqual(3)
          const handles = data.suggestions.map((s: { handle: string }) => s.handle)
          // Half a word may start several titles ("jah": Jahe Instan, the demo "Permak & Jahit" service).
          if (q === "jah") expect(handles).toContain("jahe-instan")
          else expect(handles[0]).toBe("jahe-instan")
        }
        const empty = await api.get(`/store/search/suggestions?q=%20`, store())
        expect(empty.data).toEqual({ suggestions: [] })
      })
    })
  },
})
