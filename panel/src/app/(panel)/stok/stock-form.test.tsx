import type { LapasStockRow } from "@karya-binaan/contracts"
import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { StockForm } from "./stock-form"

afterEach(cleanup)

const row = (over: Partial<LapasStockRow>): LapasStockRow => ({
  variant_id: "v1",
  variant_title: "250 g",
  sku: "JAHE-250",
  product_id: "prod_1",
  product_title: "Jahe Instan",
  product_status: "published",
  thumbnail: null,
  lapas_id: "lapas_1",
  manage_inventory: true,
  stocked: 10,
  reserved: 2,
  available: 8,
  ...over,
})

const rows = [row({}), row({ variant_id: "v2", variant_title: "Tanpa stok", manage_inventory: false, stocked: 0, reserved: 0, available: 0 })]

describe("StockForm", () => {
  it("edits every tracked variant inline and sends the old and new numbers together", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Stok 1 varian disimpan." }))
    render(
      <LocaleProvider locale="id">
        <StockForm action={action} rows={rows} editable />
      </LocaleProvider>
    )
    const input = screen.getByLabelText("Stok Jahe Instan – 250 g") as HTMLInputElement
    expect(input.value).toBe("10")
    expect(screen.getByText("Tidak dilacak")).toBeTruthy()
    fireEvent.change(input, { target: { value: "25" } })
    fireEvent.click(screen.getByRole("button", { name: "Simpan stok" }))
    expect((await screen.findByRole("status")).textContent).toBe("Stok 1 varian disimpan.")
    const sent = action.mock.calls[0][1]
    expect(sent.get("stock:v1")).toBe("25")
    expect(sent.get("was:v1")).toBe("10")
    expect(sent.has("stock:v2")).toBe(false)
  })

  it("is read-only without the right to edit", () => {
    render(
      <LocaleProvider locale="en">
        <StockForm action={vi.fn()} rows={rows} editable={false} />
      </LocaleProvider>
    )
    expect(screen.queryByRole("textbox")).toBeNull()
    expect(screen.queryByRole("button")).toBeNull()
    expect(screen.getByText("Not tracked")).toBeTruthy()
  })
})
