import type { HttpTypes } from "@medusajs/types"
import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator, type Locale } from "@/i18n"
import type { SearchPage } from "@/lib/data/search"
import { EMPTY_SEARCH, type SearchPageParams } from "@/lib/util/search"
import { SearchResults } from "./search-results"

afterEach(cleanup)

const categories = [
  { id: "pcat_1", handle: "makanan-minuman", name: "Makanan & Minuman", parent_category_id: null, metadata: { name_en: "Food & Drink" } },
  { id: "pcat_2", handle: "minuman-instan", name: "Minuman Instan", parent_category_id: "pcat_1", metadata: {} },
  { id: "pcat_3", handle: "furnitur", name: "Furnitur", parent_category_id: null, metadata: { name_en: "Furniture" } },
] as unknown as HttpTypes.StoreProductCategory[]

const found: SearchPage = {
  hits: [
    {
      id: "prod_jahe",
      title: "Jahe Instan Bojonegoro",
      handle: "jahe-instan",
      thumbnail: null,
      lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro" },
      min_price: 35000,
      in_stock: true,
      highlight: { title: "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro", description: "Serbuk <mark>jahe</mark> <b>asli</b>" },
    },
  ],
  facets: {
    lapas: [
      { value: "lapas-bojonegoro", label: "Lapas Kelas IIA Bojonegoro", count: 30 },
      { value: "lapas-semarang", label: "Lapas Kelas I Semarang", count: 19 },
    ],
    category: [{ value: "makanan-minuman", label: "Makanan & Minuman", count: 49 }],
    price: [
      { value: "0-50000", min: 0, max: 50000, count: 40 },
      { value: "50000-100000", min: 50000, max: 100000, count: 9 },
      { value: "1000000-", min: 1000000, max: null, count: 0 },
    ],
  },
  total: 1049,
  corrected_query: null,
  search_id: null,
  page: 1,
  pageSize: 24,
  totalPages: 44,
}

function renderPage(params: SearchPageParams, result: SearchPage, locale: Locale = "id") {
  const t = createTranslator(locale)
  render(
    <SearchResults params={params} result={result} categories={categories} lapasList={[]} heading="Hasil" t={t} locale={locale} />
  )
}

describe("SearchResults", () => {
  it("says what a misspelt query was corrected to, linking to that search, in both languages", () => {
    renderPage({ ...EMPTY_SEARCH, q: "jahee" }, { ...found, corrected_query: "jahe" })
    const corrected = screen.getByTestId("search-corrected")
    expect(corrected.textContent).toBe("Maksud Anda: jahe?")
    expect(within(corrected).getByRole("link", { name: "jahe" }).getAttribute("href")).toBe("/cari?q=jahe")
    cleanup()
    renderPage({ ...EMPTY_SEARCH, q: "jahee" }, { ...found, corrected_query: "jahe" }, "en")
    expect(screen.getByTestId("search-corrected").textContent).toBe("Did you mean jahe?")
    cleanup()
    renderPage({ ...EMPTY_SEARCH, q: "jahe" }, found)
    expect(screen.queryByTestId("search-corrected")).toBeNull()
  })

  it("marks the results with the search's id and each result with its product, for the click beacon", () => {
    renderPage({ ...EMPTY_SEARCH, q: "jahe" }, { ...found, search_id: "srch_01JABCDEFGHJKMNPQRSTVWXYZ0" })
    const list = document.querySelector("[data-search-id]") as HTMLElement
    expect(list.dataset.searchId).toBe("srch_01JABCDEFGHJKMNPQRSTVWXYZ0")
    expect([...list.querySelectorAll<HTMLElement>("[data-product-id]")].map((li) => li.dataset.productId)).toEqual(["prod_jahe"])
    cleanup()
    renderPage({ ...EMPTY_SEARCH, q: "jahe" }, found)
    expect(document.querySelector("[data-search-id]")).toBeNull()
  })

  it("shows the count, the hits with the matches marked, and facets as links", () => {
    renderPage({ ...EMPTY_SEARCH, q: "jahe" }, found)
    expect(screen.getByTestId("search-results-count").textContent).toBe("1.049 produk untuk “jahe”")

    const [hit] = screen.getAllByTestId("search-hit")
    const heading = within(hit).getByRole("heading")
    expect(heading.textContent).toBe("Jahe Instan Bojonegoro")
    expect([...heading.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Jahe", "Instan"])
    expect(within(hit).getAllByRole("link")[0].getAttribute("href")).toBe("/produk/jahe-instan")
    expect(within(hit).getByTestId("product-card-price").textContent).toBe("Rp 35.000")
    // The description's "<b>" is text, not an element.
    expect(hit.querySelector("b")).toBeNull()
    expect(hit.querySelector(".search-hit__snippet")?.textContent).toContain("Serbuk jahe <b>asli</b>")

    const facets = screen.getAllByTestId("search-facet")
    const lapas = facets.filter((f) => f.dataset.facet === "lapas")
    expect(lapas.map((f) => f.getAttribute("href"))).toEqual([
      "/cari?q=jahe&lapas=lapas-bojonegoro",
      "/cari?q=jahe&lapas=lapas-semarang",
    ])
    expect(lapas[0].textContent).toContain("Lapas Kelas IIA Bojonegoro")
    expect(lapas[0].textContent).toContain("30")
    const prices = facets.filter((f) => f.dataset.facet === "price")
    expect(prices.map((f) => f.querySelector(".facet-option__label")?.textContent)).toEqual([
      "Di bawah Rp 50.000",
      "Rp 50.000 – Rp 100.000",
    ])
    const stock = facets.find((f) => f.dataset.facet === "stock")
    expect(stock?.getAttribute("href")).toBe("/cari?q=jahe&stok=1")
    expect(stock?.textContent).toContain("Stok tersedia")
    expect(screen.queryByTestId("search-empty")).toBeNull()
    expect(screen.getByRole("link", { name: /Berikutnya/ }).getAttribute("href")).toBe("/cari?q=jahe&halaman=2")
  })

  it("names categories in English for an English reader, and lists active filters as removable chips", () => {
    renderPage({ ...EMPTY_SEARCH, q: "jahe", kategori: ["makanan-minuman"], stok: true }, found, "en")
    const category = screen.getAllByTestId("search-facet").find((f) => f.dataset.facet === "category")
    expect(category?.textContent).toContain("Food & Drink")
    expect(category?.dataset.selected).toBe("true")
    expect(category?.getAttribute("href")).toBe("/cari?q=jahe&stok=1")
    const chips = within(screen.getByTestId("search-active-filters")).getAllByRole("link")
    expect(chips.map((c) => [c.textContent, c.getAttribute("href")])).toEqual([
      ["Search: jahe (remove) ×", "/cari?kategori=makanan-minuman&stok=1"],
      ["Food & Drink (remove) ×", "/cari?q=jahe&stok=1"],
      ["In stock (remove) ×", "/cari?q=jahe&kategori=makanan-minuman"],
      ["Clear all filters", "/cari?q=jahe"],
    ])
    expect(screen.getByTestId("search-results-count").textContent).toBe("1,049 products for “jahe”")
  })

  it("says nothing was found, suggests checking the spelling and offers categories and all products", () => {
    const none: SearchPage = { ...found, hits: [], facets: { lapas: [], category: [], price: [] }, total: 0, totalPages: 1 }
    renderPage({ ...EMPTY_SEARCH, q: "xyzzy" }, none)
    const empty = screen.getByTestId("search-empty")
    expect(empty.textContent).toContain("Tidak ditemukan produk untuk “xyzzy”")
    expect(empty.textContent).toContain("Periksa ejaannya")
    expect(within(empty).getByRole("link", { name: "Lihat semua produk" }).getAttribute("href")).toBe("/produk")
    // Top-level categories only.
    expect(within(empty).getAllByTestId("category-link").map((a) => a.getAttribute("href"))).toEqual([
      "/kategori/makanan-minuman",
      "/kategori/furnitur",
    ])
    expect(screen.queryByTestId("search-results-count")).toBeNull()
    expect(screen.queryByTestId("search-facets")).toBeNull()
  })

  it("offers to clear the filters when they leave nothing", () => {
    const none: SearchPage = { ...found, hits: [], total: 0, totalPages: 1 }
    renderPage({ ...EMPTY_SEARCH, q: "jahe", lapas: ["lapas-cipinang"] }, none)
    const empty = screen.getByTestId("search-empty")
    expect(empty.textContent).toContain("Filter yang dipilih mungkin terlalu sempit")
    expect(within(empty).getByRole("link", { name: "Hapus semua filter" }).getAttribute("href")).toBe("/cari?q=jahe")
    // The chosen lapas stays in the facets so it can be unchosen.
    const chosen = screen.getAllByTestId("search-facet").find((f) => f.dataset.value === "lapas-cipinang")
    expect(chosen?.dataset.selected).toBe("true")
    expect(chosen?.getAttribute("href")).toBe("/cari?q=jahe")
  })
})
