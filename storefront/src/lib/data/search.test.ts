// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { BACKEND, KEY, requestsTo, stubBackend, type Reply } from "../../../test/fake-backend"
import { EMPTY_SEARCH } from "../util/search"

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}))

type Handler = (url: URL) => Reply
let handlers: Record<string, Handler>
let fetchMock: Mock

const jahe = {
  id: "prod_jahe",
  title: "Jahe Instan Bojonegoro",
  handle: "jahe-instan",
  thumbnail: "/static/jahe.jpg",
  lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro" },
  min_price: 35000,
  in_stock: true,
  highlight: { title: "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro", description: "Minuman <mark>jahe</mark> merah" },
}

beforeEach(() => {
  vi.resetModules()
  handlers = {
    "/store/search": () => ({
      body: {
        hits: [jahe],
        facets: {
          lapas: [{ value: "lapas-bojonegoro", label: "Lapas Kelas IIA Bojonegoro", count: 1 }],
          category: [{ value: "makanan-minuman", label: "Makanan & Minuman", count: 1 }],
          price: [{ value: "0-50000", min: 0, max: 50000, count: 1 }],
        },
        total: 49,
      },
    }),
    "/store/search/suggestions": () => ({ body: { suggestions: [jahe, { id: "broken" }] } }),
  }
  fetchMock = stubBackend((url) => handlers[url.pathname]?.(url))
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

function headerOf(path: string, name: string): string | null {
  const init = fetchMock.mock.calls.find(([input]) => String(input).includes(path))?.[1] as RequestInit
  return new Headers(init.headers).get(name)
}

describe("getSearchResults", () => {
  it("asks /store/search with the publishable key and the page's filters, and pages the result", async () => {
    const { getSearchResults } = await import("./search")
    const page = await getSearchResults({
      q: "jhe instan",
      lapas: ["lapas-bojonegoro", "lapas-semarang"],
      kategori: ["makanan-minuman"],
      harga: "0-50000",
      stok: true,
      halaman: 2,
    })
    const [request] = requestsTo(fetchMock, "/store/search")
    expect(request.origin).toBe(BACKEND)
    expect(Object.fromEntries(request.searchParams)).toEqual({
      q: "jhe instan",
      lapas: "lapas-bojonegoro,lapas-semarang",
      category: "makanan-minuman",
      min_price: "0",
      max_price: "49999",
      in_stock: "true",
      limit: "24",
      offset: "24",
    })
    expect(headerOf("/store/search", "x-publishable-api-key")).toBe(KEY)
    // The buyer's address goes along: the backend logs at most so many searches per buyer.
    expect(headerOf("/store/search", "x-forwarded-for")).toBe("203.0.113.9")
    expect(page).toMatchObject({ total: 49, page: 2, pageSize: 24, totalPages: 3 })
    expect(page.hits).toHaveLength(1)
    expect(page.hits[0]).toMatchObject({ handle: "jahe-instan", min_price: 35000, lapas: { handle: "lapas-bojonegoro" } })
    expect(page.facets.category[0].label).toBe("Makanan & Minuman")
    expect(page.rejected).toBeUndefined()
  })

  it("turns a refused query (400) into a message and throws on a server failure", async () => {
    handlers["/store/search"] = () => ({ status: 400, body: { message: "min_price must be a whole number" } })
    const { getSearchResults } = await import("./search")
    expect(await getSearchResults(EMPTY_SEARCH)).toMatchObject({
      rejected: "min_price must be a whole number",
      hits: [],
      total: 0,
      totalPages: 1,
    })
    handlers["/store/search"] = () => ({ status: 500, body: { message: "boom" } })
    await expect(getSearchResults(EMPTY_SEARCH)).rejects.toThrow()
  })
})

describe("corrections and search events", () => {
  const ID = "srch_01JABCDEFGHJKMNPQRSTVWXYZ0"

  it("passes on what the query was corrected to and the search's id", async () => {
    const base = handlers["/store/search"]
    handlers["/store/search"] = (url) => ({ body: { ...(base(url).body as object), corrected_query: "jahe", search_id: ID } })
    const { getSearchResults } = await import("./search")
    expect(await getSearchResults({ ...EMPTY_SEARCH, q: "jahee" })).toMatchObject({ corrected_query: "jahe", search_id: ID })
    handlers["/store/search"] = (url) => ({ body: { ...(base(url).body as object), corrected_query: 5, search_id: "x" } })
    expect(await getSearchResults({ ...EMPTY_SEARCH, q: "jahee" })).toMatchObject({ corrected_query: null, search_id: null })
  })

  it("sends a valid event to POST /store/search/events with the key, and nothing for an invalid one", async () => {
    let sent: unknown = null
    handlers["/store/search/events"] = () => ({ status: 202, body: { recorded: true } })
    fetchMock.mockImplementation(async (input: unknown, init?: RequestInit) => {
      if (String(input).includes("/store/search/events")) sent = JSON.parse(String(init?.body))
      return new Response(JSON.stringify({ recorded: true }), { status: 202, headers: { "content-type": "application/json" } })
    })
    const { recordSearchEvent } = await import("./search")
    const event = { search_id: ID, kind: "click", product_id: "prod_jahe" }
    expect(await recordSearchEvent(event)).toBe(true)
    expect(sent).toEqual(event)
    expect(headerOf("/store/search/events", "x-publishable-api-key")).toBe(KEY)
    sent = null
    for (const bad of [{ ...event, kind: "view" }, { ...event, customer_id: "cus_1" }, { ...event, search_id: "srch_x" }, "click"]) {
      expect(await recordSearchEvent(bad)).toBe(false)
    }
    expect(sent).toBeNull()
  })
})

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

describe("getSuggestions", () => {
  it("asks the backend from two characters on and resolves links and photos", async () => {
    const { getSuggestions } = await import("./search")
    const suggestions = await getSuggestions("  jhe   instan ", { limit: 50 })
    const [request] = requestsTo(fetchMock, "/store/search/suggestions")
    expect(Object.fromEntries(request.searchParams)).toEqual({ q: "jhe instan", limit: "10" })
    expect(headerOf("/store/search/suggestions", "x-publishable-api-key")).toBe(KEY)
    expect(suggestions).toEqual([
      {
        id: "prod_jahe",
        href: "/produk/jahe-instan",
        title: "Jahe Instan Bojonegoro",
        highlight: "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro",
        lapas: "Lapas Kelas IIA Bojonegoro",
        price: 35000,
        priceLabel: "Rp 35.000",
        inStock: true,
        image: {
          src: expect.stringMatching(new RegExp(`^/_next/image\\?url=${escapeRegExp(encodeURIComponent(`${BACKEND}/static/jahe.jpg`))}&w=\\d+&q=\\d+$`)),
          srcSet: expect.stringMatching(/^\/_next\/image\?url=\S+ 1x, \/_next\/image\?url=\S+ 2x$/),
        },
      },
    ])
  })

  it("does not ask for fewer than two characters", async () => {
    const { getSuggestions } = await import("./search")
    expect(await getSuggestions(" j ")).toEqual([])
    expect(requestsTo(fetchMock, "/store/search/suggestions")).toHaveLength(0)
  })
})
