import { describe, expect, it } from "vitest"
import { getStorefrontUrl } from "../config"
import { buildSitemap } from "./sitemap"

describe("buildSitemap", () => {
  const input = {
    baseUrl: "https://karyabinaan.example",
    categories: [{ handle: "makanan-minuman" }, { handle: "furnitur" }, { handle: null }],
    collections: [{ handle: "oleh-oleh-rempah" }, { handle: null }, { handle: "oleh-oleh-rempah" }],
    lapas: [{ handle: "lapas-bojonegoro" }, { handle: "lapas-surabaya" }],
    products: [
      { handle: "jahe-instan", updated_at: "2026-11-20T03:00:00.000Z" },
      { handle: "kursi rotan", updated_at: null },
      { handle: "jahe-instan", updated_at: "2026-11-20T03:00:00.000Z" },
      { handle: "tanpa-tanggal", updated_at: "bukan tanggal" },
    ],
  }

  it("lists home, listings, categories, collections, lapas pages and product pages once each, as absolute URLs", () => {
    const urls = buildSitemap(input).map((entry) => entry.url)
    expect(urls).toEqual([
      "https://karyabinaan.example/",
      "https://karyabinaan.example/produk",
      "https://karyabinaan.example/lapas",
      "https://karyabinaan.example/tentang",
      "https://karyabinaan.example/kategori/makanan-minuman",
      "https://karyabinaan.example/kategori/furnitur",
      "https://karyabinaan.example/koleksi/oleh-oleh-rempah",
      "https://karyabinaan.example/lapas/lapas-bojonegoro",
      "https://karyabinaan.example/lapas/lapas-surabaya",
      "https://karyabinaan.example/produk/jahe-instan",
      "https://karyabinaan.example/produk/kursi%20rotan",
      "https://karyabinaan.example/produk/tanpa-tanggal",
    ])
  })

  it("dates product pages by their last change, and only with a valid date", () => {
    const entries = buildSitemap(input)
    const byUrl = new Map(entries.map((e) => [e.url, e]))
    expect(byUrl.get("https://karyabinaan.example/produk/jahe-instan")?.lastModified).toBe("2026-11-20T03:00:00.000Z")
    expect(byUrl.get("https://karyabinaan.example/produk/kursi%20rotan")).not.toHaveProperty("lastModified")
    expect(byUrl.get("https://karyabinaan.example/produk/tanpa-tanggal")).not.toHaveProperty("lastModified")
    expect(byUrl.get("https://karyabinaan.example/")?.priority).toBe(1)
  })

  it("still lists the fixed pages when the catalogue is empty", () => {
    expect(buildSitemap({ baseUrl: "http://localhost:8000", categories: [], collections: [], lapas: [], products: [] })).toHaveLength(4)
  })
})

describe("getStorefrontUrl", () => {
  it("reads STOREFRONT_URL without a trailing slash and defaults to localhost:8000", () => {
    expect(getStorefrontUrl({ STOREFRONT_URL: "https://toko.example/" })).toBe("https://toko.example")
    expect(getStorefrontUrl({})).toBe("http://localhost:8000")
    expect(getStorefrontUrl({ STOREFRONT_URL: "not a url" })).toBe("http://localhost:8000")
    expect(getStorefrontUrl({ STOREFRONT_URL: "ftp://toko.example" })).toBe("http://localhost:8000")
  })
})
