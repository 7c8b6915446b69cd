import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { clientMessages } from "@/i18n/client-messages"
import type { FormState } from "@/modules/checkout/form-state"

const addToCartAction = vi.fn<(previous: FormState, formData: FormData) => Promise<FormState>>()
vi.mock("@/modules/cart/actions", () => ({ addToCartAction: (p: FormState, f: FormData) => addToCartAction(p, f) }))
vi.mock("next/link", () => ({
  default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}))

const { AddToCart } = await import("@/modules/products/components/add-to-cart")

/** Renders inside the provider the root layout sets up, with the texts the browser receives. */
function renderInLocale(ui: ReactNode) {
  return render(<LocaleProvider locale="id" messages={clientMessages("id")}>{ui}</LocaleProvider>)
}

afterEach(() => {
  cleanup()
  addToCartAction.mockReset()
})

describe("AddToCart", () => {
  it("is disabled without a variant and never calls the action", () => {
    renderInLocale(<AddToCart variantId={null} />)
    const button = screen.getByTestId("add-to-cart") as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.textContent).toBe("Pilih varian dulu")
    fireEvent.click(button)
    expect(addToCartAction).not.toHaveBeenCalled()
  })

  it("is disabled when the product cannot be bought", () => {
    renderInLocale(<AddToCart variantId="variant_1" disabled />)
    expect((screen.getByTestId("add-to-cart") as HTMLButtonElement).disabled).toBe(true)
  })

  it("sends the variant and shows success with a link to the cart", async () => {
    addToCartAction.mockResolvedValue({ done: "cart.added" })
    renderInLocale(<AddToCart variantId="variant_1" />)
    fireEvent.click(screen.getByTestId("add-to-cart"))
    await waitFor(() => expect(screen.getByTestId("add-to-cart-success")).toBeTruthy())
    const formData = addToCartAction.mock.calls[0][1]
    expect(formData.get("variant_id")).toBe("variant_1")
    expect(formData.get("quantity")).toBe("1")
    expect(screen.getByTestId("add-to-cart-success").textContent).toContain("Ditambahkan ke keranjang")
    expect(screen.getByRole("link", { name: "Lihat keranjang" }).getAttribute("href")).toBe("/keranjang")
  })

  it("shows the backend's refusal", async () => {
    addToCartAction.mockResolvedValue({ serverMessage: "Stok tidak mencukupi" })
    renderInLocale(<AddToCart variantId="variant_1" />)
    fireEvent.click(screen.getByTestId("add-to-cart"))
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Stok tidak mencukupi"))
  })
})
