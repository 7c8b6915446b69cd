import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { createTranslator } from "@/i18n"
import type { ProductWithLapas } from "@/lib/util/product"
import { ProductTemplate } from "./product-template"

// The add-to-cart button belongs to the cart feature; here only what the page hands it matters.
vi.mock("@/modules/products/components/add-to-cart", () => ({
  AddToCart: ({ variantId, disabled }: { variantId: string | null; disabled?: boolean }) => (
    <button type="button" data-testid="add-to-cart" data-variant={variantId ?? ""} disabled={disabled}>
      add
    </button>
  ),
}))

afterEach(cleanup)

const t = createTranslator("id")

function variant(id: string, title: string, price: number | null, stock: number, optionValue?: string) {
  return {
    id,
    title,
    sku: `SKU-${id}`,
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: stock,
    calculated_price: price === null ? null : { calculated_amount: price, currency_code: "idr" },
    options: optionValue ? [{ option_id: "opt_size", value: optionValue }] : [],
  }
}

function product(overrides: Record<string, unknown> = {}): ProductWithLapas {
  return {
    id: "prod_1",
    handle: "jahe-instan",
    title: "Jahe Instan",
    description: "Jahe merah.",
    images: [],
    categories: [{ id: "pcat_1", handle: "makanan-minuman", name: "Makanan & Minuman", metadata: { name_en: "Food & Drink" } }],
    metadata: { pirt: "2063522010123-29" },
    lapas: {
      id: "lapas_1",
      handle: "lapas-bojonegoro",
      name: "Lapas Kelas IIA Bojonegoro",
      city: "Bojonegoro",
      province: "Jawa Timur",
      lapas_class: "kelas_iia",
    },
    options: [],
    variants: [variant("var_1", "250 g", 35000, 4)],
    ...overrides,
  } as unknown as ProductWithLapas
}

function impactOf(variantId: string, price: number, premiAtLeast: number) {
  return {
    variant_id: variantId,
    price,
    currency_code: "idr",
    has_premi: true,
    premi_at_least: premiAtLeast,
    premi_step: 1000,
    premi_percent: 35,
    pnbp_percent: 15,
  }
}

describe("ProductTemplate", () => {
  it("names the lapas, links to its page and gives the single variant to the cart button", () => {
    render(<ProductTemplate product={product()} t={t} locale="id" />)
    const lapas = screen.getByTestId("product-lapas")
    expect(lapas.textContent).toBe("Dibuat di Lapas Kelas IIA Bojonegoro, Bojonegoro")
    expect(lapas.querySelector("a")?.getAttribute("href")).toBe("/lapas/lapas-bojonegoro")
    expect(screen.getByTestId("product-price").textContent).toBe("Rp 35.000")
    const button = screen.getByTestId("add-to-cart")
    expect(button.getAttribute("data-variant")).toBe("var_1")
    expect((button as HTMLButtonElement).disabled).toBe(false)
    expect(document.body.textContent).toContain("Kelas IIA")
  })

  it("sells a service (jasa) as a voucher redeemed at the lapas, without a stock line", () => {
    const service = { ...variant("var_j", "Sedan", 35000, 0), manage_inventory: false }
    render(<ProductTemplate product={product({ type: { id: "ptyp_1", value: "jasa" }, variants: [service] })} t={t} locale="id" />)
    expect(screen.getByTestId("product-lapas").textContent).toBe("Dikerjakan warga binaan Lapas Kelas IIA Bojonegoro, Bojonegoro")
    expect(screen.getByTestId("product-service").textContent).toBe("Voucher jasa")
    expect(screen.queryByTestId("product-stock")).toBeNull()
    expect(screen.getByTestId("product-service-redeem").textContent).toContain('pilih "Ambil di Lapas Kelas IIA Bojonegoro" (gratis)')
    expect((screen.getByTestId("add-to-cart") as HTMLButtonElement).disabled).toBe(false)
  })

  it("disables the cart button when the only variant is sold out", () => {
    render(<ProductTemplate product={product({ variants: [variant("var_1", "250 g", 35000, 0)] })} t={t} locale="id" />)
    expect((screen.getByTestId("add-to-cart") as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByTestId("product-stock").textContent).toBe("Stok habis")
  })

  it("passes the variant the buyer picks to the cart button", () => {
    const options = [{ id: "opt_size", title: "Ukuran", values: [{ value: "250 g" }, { value: "500 g" }] }]
    const variants = [variant("var_s", "250 g", 35000, 0, "250 g"), variant("var_l", "500 g", 60000, 3, "500 g")]
    render(<ProductTemplate product={product({ options, variants })} t={t} locale="id" />)
    // The first variant in stock is chosen at first.
    expect(screen.getByTestId("add-to-cart").getAttribute("data-variant")).toBe("var_l")
    expect(screen.getByTestId("product-price").textContent).toBe("Rp 60.000")

    fireEvent.click(screen.getByLabelText("250 g"))
    const button = screen.getByTestId("add-to-cart") as HTMLButtonElement
    expect(button.getAttribute("data-variant")).toBe("var_s")
    expect(button.disabled).toBe(true)
    expect(screen.getByTestId("product-price").textContent).toBe("Rp 35.000")
  })

  it("shows impact and maker stories only when the backend gave them", () => {
    const { rerender } = render(<ProductTemplate product={product()} t={t} locale="id" />)
    expect(screen.queryByTestId("product-impact")).toBeNull()
    expect(screen.queryByTestId("product-makers")).toBeNull()

    rerender(
      <ProductTemplate
        product={product()}
        t={t}
        locale="id"
        impacts={[impactOf("var_1", 35000, 7000)]}
        makers={[{ display_name: "Budi", story: "Belajar meracik jahe." }]}
      />
    )
    expect(screen.getByTestId("product-impact-premi").textContent).toBe("Setidaknya Rp 7.000 untuk premi warga binaan (35% dari laba)")
    expect(screen.getByTestId("product-makers").textContent).toContain("Budi")
  })

  it("shows the impact of the variant the buyer picks, switching on the spot, and none for a variant without one", () => {
    const options = [{ id: "opt_size", title: "Ukuran", values: [{ value: "250 g" }, { value: "500 g" }, { value: "1 kg" }] }]
    const variants = [
      variant("var_s", "250 g", 25000, 5, "250 g"),
      variant("var_l", "500 g", 45000, 5, "500 g"),
      variant("var_xl", "1 kg", 80000, 5, "1 kg"),
    ]
    render(
      <ProductTemplate
        product={product({ options, variants })}
        t={t}
        locale="id"
        impacts={[impactOf("var_l", 45000, 6000), impactOf("var_s", 25000, 3000)]}
      />
    )
    // The picker's first choice (the first variant in stock), with its own price and premi.
    expect(screen.getByTestId("add-to-cart").getAttribute("data-variant")).toBe("var_s")
    expect(screen.getByTestId("product-impact").getAttribute("data-premi-at-least")).toBe("3000")
    expect(screen.getByTestId("product-impact").textContent).toContain("Dari setiap pembelian 1 unit 250 g seharga Rp 25.000")

    fireEvent.click(screen.getByLabelText("500 g"))
    expect(screen.getAllByTestId("product-impact")).toHaveLength(1)
    expect(screen.getByTestId("product-impact").getAttribute("data-premi-at-least")).toBe("6000")
    expect(screen.getByTestId("product-impact").textContent).toContain("Dari setiap pembelian 1 unit 500 g seharga Rp 45.000")
    expect(screen.getByTestId("product-impact-premi").textContent).toBe("Setidaknya Rp 6.000 untuk premi warga binaan (35% dari laba)")

    fireEvent.click(screen.getByLabelText("1 kg"))
    expect(screen.queryByTestId("product-impact")).toBeNull()
    fireEvent.click(screen.getByLabelText("250 g"))
    expect(screen.getByTestId("product-impact").getAttribute("data-premi-at-least")).toBe("3000")
  })

  it("embeds schema.org Product JSON-LD with the IDR price and availability", () => {
    const { container } = render(<ProductTemplate product={product()} t={t} locale="id" />)
    const script = container.querySelector('script[type="application/ld+json"]')
    const data = JSON.parse(script?.textContent ?? "{}")
    expect(data["@type"]).toBe("Product")
    expect(data.offers).toMatchObject({ price: 35000, priceCurrency: "IDR", availability: "https://schema.org/InStock" })
    expect(data.brand.name).toBe("Lapas Kelas IIA Bojonegoro")
  })

  it("uses the English category name and texts for the en locale", () => {
    render(<ProductTemplate product={product()} t={createTranslator("en")} locale="en" />)
    expect(screen.getByTestId("product-lapas").textContent).toBe("Made at Lapas Kelas IIA Bojonegoro, Bojonegoro")
    expect(screen.getAllByText("Food & Drink").length).toBeGreaterThan(0)
  })
})
