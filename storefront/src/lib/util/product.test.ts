import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { getImageUrls, getLapasInfo, getLicences, isVariantInStock, type ProductWithLapas } from "./product"
import { listingHref, parsePage } from "./routes"
import { toImageSource } from "./images"

const withMetadata = (metadata: Record<string, unknown>) =>
  ({ metadata }) as unknown as HttpTypes.StoreProduct

describe("product helpers", () => {
  it("lists only the licences present in metadata, in a fixed order", () => {
    expect(getLicences(withMetadata({ halal: "ID00110000123", pirt: "2063271010123-25" }))).toEqual([
      { key: "pirt", number: "2063271010123-25" },
      { key: "halal", number: "ID00110000123" },
    ])
    expect(getLicences(withMetadata({ halal: true, bpom_md: "" }))).toEqual([{ key: "halal", number: null }])
    expect(getLicences(withMetadata({}))).toEqual([])
  })

  it("reads where the product is made from its linked lapas", () => {
    const product = {
      lapas: {
        id: "lapas_1",
        handle: "lapas-sukamiskin",
        name: "Lapas Sukamiskin",
        city: "Bandung",
        province: "Jawa Barat",
        lapas_class: "kelas_i" as const,
      },
    }
    expect(getLapasInfo(product)).toEqual({
      handle: "lapas-sukamiskin",
      name: "Lapas Sukamiskin",
      city: "Bandung",
      province: "Jawa Barat",
      lapasClass: "kelas_i",
    })
    expect(getLapasInfo({ lapas: null })).toBeNull()
    expect(getLapasInfo({})).toBeNull()
    expect(getLapasInfo({ lapas: { id: "lapas_2", name: " ", city: "" } })).toBeNull()
  })

  it("ignores lapas fields left in metadata by older data", () => {
    const legacy: ProductWithLapas = withMetadata({ lapas_name: "Lapas Sukamiskin", lapas_city: "Bandung" })
    expect(getLapasInfo(legacy)).toBeNull()
  })

  it("decides stock from inventory settings", () => {
    expect(isVariantInStock({ manage_inventory: true, inventory_quantity: 0 } as never)).toBe(false)
    expect(isVariantInStock({ manage_inventory: true, inventory_quantity: 3 } as never)).toBe(true)
    expect(isVariantInStock({ manage_inventory: false, inventory_quantity: 0 } as never)).toBe(true)
    expect(isVariantInStock({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 } as never)).toBe(true)
  })

  it("orders images by rank and falls back to the thumbnail", () => {
    const product = {
      images: [
        { id: "b", url: "/b.jpg", rank: 1 },
        { id: "a", url: "/a.jpg", rank: 0 },
      ],
      thumbnail: "/t.jpg",
    } as unknown as HttpTypes.StoreProduct
    expect(getImageUrls(product)).toEqual(["/a.jpg", "/b.jpg"])
    expect(getImageUrls({ images: [], thumbnail: "/t.jpg" } as unknown as HttpTypes.StoreProduct)).toEqual(["/t.jpg"])
  })
})

describe("routes and images", () => {
  it("builds listing URLs with kategori and halaman", () => {
    expect(listingHref()).toBe("/produk")
    expect(listingHref({ kategori: "makanan", halaman: 2 })).toBe("/produk?kategori=makanan&halaman=2")
    expect(listingHref({ halaman: 1 })).toBe("/produk")
  })

  it("parses halaman safely", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["4", "5"])).toBe(4)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-2")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(undefined)).toBe(1)
  })

  it("optimises backend images only", () => {
    expect(toImageSource("/static/a.jpg", "http://localhost:9000")).toEqual({
      src: "http://localhost:9000/static/a.jpg",
      unoptimized: false,
    })
    expect(toImageSource("https://cdn.example.com/a.jpg", "http://localhost:9000").unoptimized).toBe(true)
  })
})
