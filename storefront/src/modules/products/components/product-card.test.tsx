import type { HttpTypes } from "@medusajs/types"
import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { ProductCard } from "./product-card"
import { ProductPrice } from "./product-price"

afterEach(cleanup)

function product(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Tas Anyaman Pandan",
    handle: "tas-anyaman-pandan",
    thumbnail: null,
    images: [{ id: "img_1", url: "http://localhost:9000/static/tas.jpg", rank: 0 }],
    lapas: { id: "lapas_1", handle: "lapas-cipinang", name: "Lapas Kelas I Cipinang", city: "Jakarta Timur" },
    variants: [
      {
        id: "variant_1",
        title: "Default",
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 5,
        calculated_price: { calculated_amount: 125000, currency_code: "idr" },
      },
    ],
    ...overrides,
  } as unknown as HttpTypes.StoreProduct
}

describe("ProductPrice", () => {
  it("formats whole rupiah the Indonesian way", () => {
    render(<ProductPrice amount={1250000} testId="price" />)
    expect(screen.getByTestId("price").textContent).toBe("Rp 1.250.000")
  })
})

describe("ProductCard", () => {
  it("shows title, Indonesian price and links to the product page", () => {
    render(<ProductCard product={product()} />)
    const card = screen.getByTestId("product-card")

    const heading = within(card).getByRole("heading")
    expect(heading.textContent).toBe("Tas Anyaman Pandan")

    const link = within(card).getByRole("link")
    expect(link.getAttribute("href")).toBe("/produk/tas-anyaman-pandan")
    expect(link.contains(heading)).toBe(true)

    expect(within(card).getByTestId("product-card-price").textContent).toBe("Rp 125.000")
    expect(card.textContent).not.toContain("Mulai")
    expect(card.textContent).not.toContain("Stok habis")
    expect(card.textContent).toContain("Lapas Kelas I Cipinang")

    const image = within(card).getByRole("img")
    expect(image.getAttribute("alt")).toBe("Foto Tas Anyaman Pandan")
  })

  it("shows the lowest price with 'Mulai' when variants differ, and marks sold-out products", () => {
    const variants = [
      { id: "v1", manage_inventory: true, inventory_quantity: 0, calculated_price: { calculated_amount: 90000 } },
      { id: "v2", manage_inventory: true, inventory_quantity: 0, calculated_price: { calculated_amount: 45000 } },
    ] as unknown as HttpTypes.StoreProductVariant[]
    render(<ProductCard product={product({ variants })} />)
    const card = screen.getByTestId("product-card")
    expect(within(card).getByTestId("product-card-price").textContent).toBe("Rp 45.000")
    expect(card.textContent).toContain("Mulai")
    expect(card.textContent).toContain("Stok habis")
  })

  it("says the price is not available when there is no region price", () => {
    const variants = [{ id: "v1", manage_inventory: false }] as unknown as HttpTypes.StoreProductVariant[]
    render(<ProductCard product={product({ variants, images: [] })} />)
    const card = screen.getByTestId("product-card")
    expect(card.textContent).toContain("Harga belum tersedia")
    expect(card.textContent).toContain("Belum ada foto")
  })
})
