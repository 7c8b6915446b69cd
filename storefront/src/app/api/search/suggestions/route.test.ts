// @vitest-environment node
import { NextRequest } from "next/server"
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { requestsTo, stubBackend, type Reply } from "../../../../../test/fake-backend"

let answer: (url: URL) => Reply
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  answer = () => ({
    body: {
      suggestions: [
        {
          id: "prod_jahe",
          title: "Jahe Instan Bojonegoro",
          handle: "jahe-instan",
          thumbnail: null,
          lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro" },
          min_price: 35000,
          in_stock: true,
          highlight: { title: "<mark>Jahe</mark> Instan Bojonegoro", description: null },
        },
      ],
    },
  })
  fetchMock = stubBackend((url) => (url.pathname === "/store/search/suggestions" ? answer(url) : undefined))
  vi.spyOn(console, "error").mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

async function get(query: string) {
  const { GET } = await import("./route")
  return GET(new NextRequest(`http://toko.test/api/search/suggestions${query}`))
}

describe("GET /api/search/suggestions", () => {
  it("answers the backend's suggestions, ready for the search box, with a short cache", async () => {
    const response = await get("?q=jhe%20instan&limit=3")
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toMatch(/max-age=60\b/)
    const body = await response.json()
    expect(body.suggestions).toEqual([
      {
        id: "prod_jahe",
        href: "/produk/jahe-instan",
        title: "Jahe Instan Bojonegoro",
        highlight: "<mark>Jahe</mark> Instan Bojonegoro",
        lapas: "Lapas Kelas IIA Bojonegoro",
        price: 35000,
        priceLabel: "Rp 35.000",
        inStock: true,
        image: null,
      },
    ])
    const [request] = requestsTo(fetchMock, "/store/search/suggestions")
    expect(Object.fromEntries(request.searchParams)).toEqual({ q: "jhe instan", limit: "3" })
  })

  it("answers nothing for one character without asking the backend", async () => {
    const response = await get("?q=j")
    expect(await response.json()).toEqual({ suggestions: [] })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("answers 502 with no suggestions, not cached, when the backend fails", async () => {
    answer = () => ({ status: 500, body: { message: "boom" } })
    const response = await get("?q=jahe")
    expect(response.status).toBe(502)
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(await response.json()).toEqual({ suggestions: [] })
  })
})
