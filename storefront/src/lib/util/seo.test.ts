import { describe, expect, it } from "vitest"
import type { ProductWithLapas } from "./product"
import { absoluteUrl, buildProductJsonLd, serializeJsonLd } from "./seo"

const BASE = "https://karyabinaan.example"
const BACKEND = "http://backend.test:9000"

function product(overrides: Partial<Record<string, unknown>> = {}): ProductWithLapas {
  return {
    id: "prod_1",
    handle: "jahe-instan",
    title: "Jahe Instan",
    subtitle: "Minuman rempah",
    description: "Jahe merah pilihan dari Bojonegoro.",
    thumbnail: null,
    images: [
      { id: "img_2", url: "/static/jahe-2.webp", rank: 1 },
      { id: "img_1", url: "/static/jahe-1.webp", rank: 0 },
    ],
    categories: [{ id: "pcat_1", name: "Makanan & Minuman", handle: "makanan-minuman" }],
    lapas: {
      id: "lapas_1",
      handle: "lapas-bojonegoro",
      name: "Lapas Kelas IIA Bojonegoro",
      city: "Bojonegoro",
      province: "Jawa Timur",
    },
    variants: [
      {
        id: "var_1",
        title: "250 g",
        sku: "BJN-JAHE-250",
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 12,
        calculated_price: { calculated_amount: 35000, currency_code: "idr" },
      },
    ],
    ...overrides,
  } as unknown as ProductWithLapas
}

describe("buildProductJsonLd", () => {
  it("describes a product with its lapas as brand and manufacturer and an IDR offer", () => {
    const data = buildProductJsonLd(product(), { baseUrl: BASE, backendUrl: BACKEND })
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Jahe Instan",
      url: "https://karyabinaan.example/produk/jahe-instan",
      description: "Jahe merah pilihan dari Bojonegoro.",
      image: ["http://backend.test:9000/static/jahe-1.webp", "http://backend.test:9000/static/jahe-2.webp"],
      sku: "BJN-JAHE-250",
      category: "Makanan & Minuman",
      brand: { "@type": "Brand", name: "Lapas Kelas IIA Bojonegoro" },
      manufacturer: {
        "@type": "Organization",
        name: "Lapas Kelas IIA Bojonegoro",
        url: "https://karyabinaan.example/lapas/lapas-bojonegoro",
        address: {
          "@type": "PostalAddress",
          addressLocality: "Bojonegoro",
          addressRegion: "Jawa Timur",
          addressCountry: "ID",
        },
      },
      offers: {
        "@type": "Offer",
        price: 35000,
        priceCurrency: "IDR",
        availability: "https://schema.org/InStock",
        itemCondition: "https://schema.org/NewCondition",
        url: "https://karyabinaan.example/produk/jahe-instan",
        sku: "BJN-JAHE-250",
      },
    })
  })

  it("marks a sold-out variant OutOfStock and rounds the price to whole rupiah", () => {
    const data = buildProductJsonLd(
      product({
        variants: [
          {
            id: "var_1",
            sku: "X",
            manage_inventory: true,
            allow_backorder: false,
            inventory_quantity: 0,
            calculated_price: { calculated_amount: 35000.4 },
          },
        ],
      }),
      { baseUrl: BASE, backendUrl: BACKEND }
    )
    const offers = data.offers as Record<string, unknown>
    expect(offers.availability).toBe("https://schema.org/OutOfStock")
    expect(offers.price).toBe(35000)
    expect(Number.isInteger(offers.price)).toBe(true)
  })

  it("gives several variants as an AggregateOffer with the lowest and highest price", () => {
    const data = buildProductJsonLd(
      product({
        variants: [
          { id: "a", title: "Kecil", sku: "S", manage_inventory: true, inventory_quantity: 0, calculated_price: { calculated_amount: 90000 } },
          { id: "b", title: "Besar", sku: "L", manage_inventory: false, calculated_price: { calculated_amount: 150000 } },
          { id: "c", title: "Tanpa harga", sku: "N", manage_inventory: false },
        ],
      }),
      { baseUrl: BASE, backendUrl: BACKEND }
    )
    const offers = data.offers as Record<string, unknown>
    expect(offers["@type"]).toBe("AggregateOffer")
    expect(offers).toMatchObject({ priceCurrency: "IDR", lowPrice: 90000, highPrice: 150000, offerCount: 2 })
    expect(offers.availability).toBe("https://schema.org/InStock")
    const list = offers.offers as Record<string, unknown>[]
    expect(list.map((o) => [o.name, o.sku, o.price, o.availability])).toEqual([
      ["Kecil", "S", 90000, "https://schema.org/OutOfStock"],
      ["Besar", "L", 150000, "https://schema.org/InStock"],
    ])
    expect(data.sku).toBe("S")
  })

  it("leaves out what it does not know: no lapas, no photo, no price", () => {
    const data = buildProductJsonLd(
      product({ lapas: null, images: [], description: "", variants: [{ id: "v", manage_inventory: false }] }),
      { baseUrl: BASE, backendUrl: BACKEND }
    )
    expect(data).not.toHaveProperty("brand")
    expect(data).not.toHaveProperty("manufacturer")
    expect(data).not.toHaveProperty("image")
    expect(data).not.toHaveProperty("offers")
    expect(data.description).toBe("Minuman rempah")
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script tag it is written into", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script> & more" })
    expect(text).not.toContain("<")
    expect(text).not.toContain(">")
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script> & more" })
  })
})

describe("absoluteUrl", () => {
  it("joins paths to the storefront URL with or without a trailing slash", () => {
    expect(absoluteUrl("/produk/a", "https://x.example")).toBe("https://x.example/produk/a")
    expect(absoluteUrl("/", "https://x.example/")).toBe("https://x.example/")
  })
})
