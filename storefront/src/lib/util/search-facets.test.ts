import { describe, expect, it } from "vitest"
import type { SearchFacets } from "@karya-binaan/contracts"
import { EMPTY_SEARCH, type SearchPageParams } from "./search"
import { buildFacetGroups, buildFilterChips, type FacetLabels } from "./search-facets"

const labels: FacetLabels = {
  lapas: (handle, fallback) => ({ "lapas-smg": "Lapas Semarang" })[handle] ?? fallback ?? handle,
  category: (handle, fallback) => ({ makanan: "Food" })[handle] ?? fallback ?? handle,
  price: ({ min, max }) => `${min}..${max ?? "∞"}`,
  inStock: "In stock",
}

const facets: SearchFacets = {
  lapas: [
    { value: "lapas-bjn", label: "Lapas Bojonegoro", count: 3 },
    { value: "lapas-tpi", label: "Lapas Tanjungpinang", count: 0 },
  ],
  category: [
    { value: "makanan", label: "Makanan", count: 3 },
    { value: "minuman", label: "Minuman", count: 2 },
  ],
  price: [
    { value: "0-50000", min: 0, max: 50000, count: 2 },
    { value: "50000-100000", min: 50000, max: 100000, count: 1 },
    { value: "1000000-", min: 1000000, max: null, count: 0 },
  ],
}

const params: SearchPageParams = { ...EMPTY_SEARCH, q: "jahe", lapas: ["lapas-smg"], kategori: ["makanan"], halaman: 3 }

describe("buildFacetGroups", () => {
  const groups = buildFacetGroups(params, facets, labels)

  it("lists values with products, keeps a chosen value the backend no longer lists, and links from page 1", () => {
    expect(groups.lapas).toEqual([
      {
        facet: "lapas",
        value: "lapas-bjn",
        label: "Lapas Bojonegoro",
        count: 3,
        selected: false,
        href: "/cari?q=jahe&lapas=lapas-smg,lapas-bjn&kategori=makanan",
      },
      {
        facet: "lapas",
        value: "lapas-smg",
        label: "Lapas Semarang",
        count: 0,
        selected: true,
        href: "/cari?q=jahe&kategori=makanan",
      },
    ])
  })

  it("labels categories in the buyer's language and toggles them", () => {
    expect(groups.category.map((o) => [o.label, o.selected, o.href])).toEqual([
      ["Food", true, "/cari?q=jahe&lapas=lapas-smg"],
      ["Minuman", false, "/cari?q=jahe&lapas=lapas-smg&kategori=makanan,minuman"],
    ])
  })

  it("makes the price a single choice and the stock a toggle", () => {
    expect(groups.price.map((o) => [o.label, o.count, o.href])).toEqual([
      ["0..50000", 2, "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&harga=0-50000"],
      ["50000..100000", 1, "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&harga=50000-100000"],
    ])
    const priced = buildFacetGroups({ ...params, harga: "0-50000", stok: true }, facets, labels)
    expect(priced.price[0]).toMatchObject({ selected: true, href: "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&stok=1" })
    expect(priced.price[1].href).toBe("/cari?q=jahe&lapas=lapas-smg&kategori=makanan&harga=50000-100000&stok=1")
    expect(priced.stock).toMatchObject({ selected: true, count: null, href: "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&harga=0-50000" })
    expect(groups.stock).toMatchObject({ selected: false, label: "In stock", href: "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&stok=1" })
  })

  it("keeps a chosen price bucket without products so it can be removed", () => {
    const chosen = buildFacetGroups({ ...EMPTY_SEARCH, harga: "1000000-" }, facets, labels)
    expect(chosen.price.at(-1)).toMatchObject({ value: "1000000-", selected: true, count: 0, href: "/cari" })
    const unknown = buildFacetGroups({ ...EMPTY_SEARCH, harga: "7-9" }, { ...facets, price: [] }, labels)
    expect(unknown.price).toEqual([{ facet: "price", value: "7-9", label: "7..9", count: 0, selected: true, href: "/cari" }])
  })
})

describe("buildFilterChips", () => {
  it("gives one removable chip per query and filter, back to page 1", () => {
    const chips = buildFilterChips(
      { ...params, harga: "50000-100000", stok: true },
      { ...labels, query: (q) => `Search: ${q}` }
    )
    expect(chips).toEqual([
      { key: "q", label: "Search: jahe", href: "/cari?lapas=lapas-smg&kategori=makanan&harga=50000-100000&stok=1" },
      { key: "lapas:lapas-smg", label: "Lapas Semarang", href: "/cari?q=jahe&kategori=makanan&harga=50000-100000&stok=1" },
      { key: "kategori:makanan", label: "Food", href: "/cari?q=jahe&lapas=lapas-smg&harga=50000-100000&stok=1" },
      { key: "harga", label: "50000..100000", href: "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&stok=1" },
      { key: "stok", label: "In stock", href: "/cari?q=jahe&lapas=lapas-smg&kategori=makanan&harga=50000-100000" },
    ])
    expect(buildFilterChips(EMPTY_SEARCH, { ...labels, query: (q) => q })).toEqual([])
  })
})
