import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { VoidSaleForm } from "./sale-forms"

afterEach(cleanup)

const renderVoid = (action: FormAction) =>
  render(
    <LocaleProvider locale="id">
      <VoidSaleForm action={action} saleId="dsale_1" number="#1042" total="Rp 45.000" />
    </LocaleProvider>
  )

describe("VoidSaleForm", () => {
  it("sends nothing until the reason is long enough and the member confirms the number and total", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Penjualan dibatalkan." }))
    renderVoid(action)
    fireEvent.click(screen.getByText("Batalkan penjualan"))
    fireEvent.change(screen.getByLabelText("Alasan pembatalan"), { target: { value: "salah" } })
    fireEvent.change(screen.getByLabelText("Alasan pembatalan"), { target: { value: "abc" } })
    fireEvent.click(screen.getByRole("button", { name: "Lanjut" }))
    expect(screen.getByText("Tulis alasan pembatalan, minimal 5 karakter.")).toBeTruthy()
    expect(action).not.toHaveBeenCalled()

    fireEvent.change(screen.getByLabelText("Alasan pembatalan"), { target: { value: "Salah input barang" } })
    fireEvent.click(screen.getByRole("button", { name: "Lanjut" }))
    expect(screen.getByTestId("void-confirm").textContent).toContain("Yakin membatalkan penjualan #1042 senilai Rp 45.000?")
    expect(action).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole("button", { name: "Ya, batalkan penjualan" }))
    expect((await screen.findByTestId("void-success")).textContent).toBe("Penjualan dibatalkan.")
    const sent = action.mock.calls[0][1]
    expect(sent.get("sale_id")).toBe("dsale_1")
    expect(sent.get("reason")).toBe("Salah input barang")
  })

  it("goes back to the reason when the API refuses it", async () => {
    const action = vi.fn<FormAction>(async () => ({
      fieldErrors: { reason: "Say why the sale is voided, in at least 5 characters (reason)" },
      values: { reason: "Salah input barang" },
    }))
    renderVoid(action)
    fireEvent.change(screen.getByLabelText("Alasan pembatalan"), { target: { value: "Salah input barang" } })
    fireEvent.click(screen.getByRole("button", { name: "Lanjut" }))
    fireEvent.click(screen.getByRole("button", { name: "Ya, batalkan penjualan" }))
    expect(await screen.findByText("Say why the sale is voided, in at least 5 characters (reason)")).toBeTruthy()
    expect((screen.getByLabelText("Alasan pembatalan") as HTMLInputElement).value).toBe("Salah input barang")
  })
})
