import { describe, expect, it } from "vitest"
import {
  categoryHref,
  lapasHref,
  listingHref,
  parseListingParams,
  parseRupiahParam,
  safeReturnPath,
} from "./routes"

describe("listing URLs", () => {
  it("write every filter once, leave defaults out, and keep the category in the path on a category page", () => {
    expect(
      listingHref({ kategori: "furnitur", lapas: "lapas-semarang", harga_min: 100000, harga_maks: 2000000, urut: "harga_naik", halaman: 3 })
    ).toBe("/produk?kategori=furnitur&lapas=lapas-semarang&harga_min=100000&harga_maks=2000000&urut=harga_naik&halaman=3")
    expect(listingHref({ urut: "terbaru", halaman: 1 })).toBe("/produk")
    expect(listingHref({ kategori: "furnitur", urut: "nama" }, categoryHref("furnitur"))).toBe("/kategori/furnitur?urut=nama")
    expect(lapasHref("lapas-bojonegoro")).toBe("/lapas/lapas-bojonegoro")
  })

  it("parse the query of a listing, dropping what is not valid", () => {
    expect(
      parseListingParams({
        kategori: "Makanan-Minuman",
        lapas: "lapas-bojonegoro",
        harga_min: "Rp 25.000",
        harga_maks: "",
        urut: "harga_turun",
        halaman: "2",
        q: "  jahe ",
      })
    ).toEqual({
      kategori: "makanan-minuman",
      lapas: "lapas-bojonegoro",
      harga_min: 25000,
      urut: "harga_turun",
      halaman: 2,
      q: "jahe",
    })
    expect(parseListingParams({ urut: "murah", halaman: "x", kategori: "../etc", lapas: "" })).toEqual({
      urut: "terbaru",
      halaman: 1,
    })
  })

  it("swap a minimum price above the maximum", () => {
    expect(parseListingParams({ harga_min: "500000", harga_maks: "100000" })).toMatchObject({
      harga_min: 100000,
      harga_maks: 500000,
    })
  })

  it("read prices as whole rupiah only", () => {
    expect(parseRupiahParam("125.000")).toBe(125000)
    expect(parseRupiahParam("rp125000")).toBe(125000)
    expect(parseRupiahParam("12,5")).toBeUndefined()
    expect(parseRupiahParam("-5")).toBeUndefined()
    expect(parseRupiahParam("99999999999999999")).toBeUndefined()
    expect(parseRupiahParam(undefined)).toBeUndefined()
  })
})

describe("safeReturnPath", () => {
  it("keeps a local path with its query", () => {
    expect(safeReturnPath("/produk?kategori=furnitur&urut=nama")).toBe("/produk?kategori=furnitur&urut=nama")
    expect(safeReturnPath("/kategori/furnitur")).toBe("/kategori/furnitur")
  })

  it("refuses other sites and odd input", () => {
    expect(safeReturnPath("https://evil.example/")).toBe("/")
    expect(safeReturnPath("//evil.example/x")).toBe("/")
    expect(safeReturnPath("/\\evil.example")).toBe("/")
    expect(safeReturnPath("javascript:alert(1)")).toBe("/")
    expect(safeReturnPath("/a\nb")).toBe("/")
    expect(safeReturnPath(undefined)).toBe("/")
  })
})
