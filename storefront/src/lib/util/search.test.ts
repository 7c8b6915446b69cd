import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import {
  EMPTY_SEARCH,
  activeFilterCount,
  buildSearchQuery,
  parsePriceBucket,
  parseSearchPageParams,
  priceBucketLabel,
  searchHref,
  toSearchResult,
  toggleValue,
} from "./search"

describe("/cari URL", () => {
  it("parses every parameter, dropping what is not valid", () => {
    expect(
      parseSearchPageParams({
        q: "  jahe   instan ",
        lapas: "lapas-bojonegoro,Lapas-Semarang,bukan handle!,lapas-bojonegoro",
        kategori: ["makanan", "minuman,furnitur"],
        harga: "50000-100000",
        stok: "1",
        halaman: "3",
      })
    ).toEqual({
      q: "jahe instan",
      lapas: ["lapas-bojonegoro", "lapas-semarang"],
      kategori: ["makanan", "minuman", "furnitur"],
      harga: "50000-100000",
      stok: true,
      halaman: 3,
    })
  })

  it("falls back to an empty search for junk", () => {
    expect(parseSearchPageParams({})).toEqual(EMPTY_SEARCH)
    expect(
      parseSearchPageParams({ q: "   ", lapas: ",,", harga: "murah", stok: "0", halaman: "-2" })
    ).toEqual(EMPTY_SEARCH)
    expect(parseSearchPageParams({ harga: "100000-50000" }).harga).toBeUndefined()
    expect(parseSearchPageParams({ q: "x".repeat(300) }).q).toHaveLength(100)
    // The backend pages up to offset 10 000: deeper pages are the deepest one.
    expect(parseSearchPageParams({ halaman: "100000" }).halaman).toBe(400)
    expect(buildSearchQuery(parseSearchPageParams({ halaman: "100000" })).offset).toBeLessThanOrEqual(10_000)
  })

  it("accepts the open last price bucket and normalises a bucket", () => {
    expect(parseSearchPageParams({ harga: "1000000-" }).harga).toBe("1000000-")
    expect(parseSearchPageParams({ harga: " 0050000-100000 " }).harga).toBe("50000-100000")
    expect(parsePriceBucket("0-50000")).toEqual({ min: 0, max: 50000 })
    expect(parsePriceBucket("1000000-")).toEqual({ min: 1000000, max: null })
    expect(parsePriceBucket("-50000")).toBeNull()
    expect(parsePriceBucket("50000-50000")).toBeNull()
  })

  it("writes the URL with readable lists and leaves defaults out", () => {
    expect(
      searchHref({
        q: "kursi rotan",
        lapas: ["lapas-bojonegoro", "lapas-semarang"],
        kategori: ["furnitur"],
        harga: "250000-500000",
        stok: true,
        halaman: 2,
      })
    ).toBe("/cari?q=kursi+rotan&lapas=lapas-bojonegoro,lapas-semarang&kategori=furnitur&harga=250000-500000&stok=1&halaman=2")
    expect(searchHref({ ...EMPTY_SEARCH })).toBe("/cari")
    expect(searchHref({ q: "a&b=c" })).toBe("/cari?q=a%26b%3Dc")
  })

  it("round-trips: parsing what searchHref wrote gives the same search", () => {
    const params = {
      q: "jahe, merah & manis",
      lapas: ["lapas-a", "lapas-b"],
      kategori: ["minuman"],
      harga: "0-50000",
      stok: true,
      halaman: 4,
    }
    const url = new URL(searchHref(params), "http://toko.test")
    const record: Record<string, string> = Object.fromEntries(url.searchParams)
    expect(parseSearchPageParams(record)).toEqual(params)
  })

  it("toggles a value in a list and counts the filters", () => {
    expect(toggleValue(["a", "b"], "a")).toEqual(["b"])
    expect(toggleValue(["a"], "c")).toEqual(["a", "c"])
    expect(activeFilterCount({ ...EMPTY_SEARCH, q: "jahe" })).toBe(0)
    expect(activeFilterCount({ ...EMPTY_SEARCH, lapas: ["a", "b"], harga: "0-50000", stok: true })).toBe(4)
  })
})

describe("buildSearchQuery", () => {
  it("maps the page to the backend's parameters; a bucket's exclusive upper bound becomes max_price − 1", () => {
    expect(
      buildSearchQuery({
        q: "jahe",
        lapas: ["lapas-a", "lapas-b"],
        kategori: ["makanan"],
        harga: "50000-100000",
        stok: true,
        halaman: 3,
      })
    ).toEqual({
      q: "jahe",
      lapas: "lapas-a,lapas-b",
      category: "makanan",
      min_price: 50000,
      max_price: 99999,
      in_stock: "true",
      limit: 24,
      offset: 48,
    })
  })

  it("sends an empty q, no price cap for the last bucket, and clamps the page size", () => {
    expect(buildSearchQuery({ ...EMPTY_SEARCH, harga: "1000000-" }, 500)).toEqual({
      q: "",
      min_price: 1000000,
      limit: 50,
      offset: 0,
    })
  })
})

describe("toSearchResult", () => {
  it("keeps well-formed hits and facets and fills what is missing", () => {
    const result = toSearchResult({
      hits: [
        {
          id: "prod_1",
          handle: "jahe-instan",
          title: "Jahe Instan Bojonegoro",
          thumbnail: "/static/jahe.jpg",
          lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro" },
          min_price: "35000",
          in_stock: true,
          highlight: { title: "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro", description: null },
        },
        { id: "prod_2", handle: "kursi", title: "Kursi", min_price: null, in_stock: false },
        { id: "prod_3" },
        "junk",
      ],
      facets: {
        lapas: [{ value: "lapas-bojonegoro", label: "Lapas Kelas IIA Bojonegoro", count: 2 }, { label: "no value" }],
        category: [{ value: "makanan", count: "3" }],
        price: [
          { value: "0-50000", min: 0, max: 50000, count: 1 },
          { value: "1000000-", min: 1000000, max: null, count: 0 },
          { value: "nonsense" },
        ],
      },
      total: 2,
    })
    expect(result.total).toBe(2)
    expect(result.hits).toEqual([
      {
        id: "prod_1",
        handle: "jahe-instan",
        title: "Jahe Instan Bojonegoro",
        thumbnail: "/static/jahe.jpg",
        lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro" },
        min_price: 35000,
        in_stock: true,
        highlight: { title: "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro", description: null },
      },
      {
        id: "prod_2",
        handle: "kursi",
        title: "Kursi",
        thumbnail: null,
        lapas: { name: "", handle: "" },
        min_price: null,
        in_stock: false,
        highlight: { title: "Kursi", description: null },
      },
    ])
    expect(result.facets).toEqual({
      lapas: [{ value: "lapas-bojonegoro", label: "Lapas Kelas IIA Bojonegoro", count: 2 }],
      category: [{ value: "makanan", label: "makanan", count: 3 }],
      price: [
        { value: "0-50000", min: 0, max: 50000, count: 1 },
        { value: "1000000-", min: 1000000, max: null, count: 0 },
      ],
    })
  })

  it("gives an empty result for a broken answer", () => {
    expect(toSearchResult(null)).toEqual({ hits: [], facets: { lapas: [], category: [], price: [] }, total: 0 })
    expect(toSearchResult({ hits: "x", facets: [], total: "many" })).toEqual({
      hits: [],
      facets: { lapas: [], category: [], price: [] },
      total: 0,
    })
  })
})

describe("priceBucketLabel", () => {
  it("labels buckets in rupiah, Indonesian first", () => {
    const t = createTranslator("id")
    expect(priceBucketLabel({ min: 0, max: 50000 }, t)).toBe("Di bawah Rp 50.000")
    expect(priceBucketLabel({ min: 50000, max: 100000 }, t)).toBe("Rp 50.000 – Rp 100.000")
    expect(priceBucketLabel({ min: 1000000, max: null }, t)).toBe("Rp 1.000.000 ke atas")
  })

  it("labels them in English with the same rupiah format", () => {
    const t = createTranslator("en")
    expect(priceBucketLabel({ min: 0, max: 50000 }, t)).toBe("Under Rp 50.000")
    expect(priceBucketLabel({ min: 250000, max: 500000 }, t)).toBe("Rp 250.000 – Rp 500.000")
    expect(priceBucketLabel({ min: 1000000, max: null }, t)).toBe("Rp 1.000.000 and above")
  })
})
