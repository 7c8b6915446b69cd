import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { BatchForm } from "./batch-form"

afterEach(cleanup)

const variants = [
  { id: "variant_1", product: "Keset Kain Perca", variant: "Besar", stock: 12 },
  { id: "variant_2", product: "Sandal Hotel", variant: "Standar", stock: 0 },
]
const inmates = [
  { id: "inm_1", code: "TNG-001", display_name: "Pak S." },
  { id: "inm_2", code: "TNG-002", display_name: null },
]

function renderForm(action: FormAction, locale: "id" | "en" = "id") {
  return render(
    <LocaleProvider locale={locale}>
      <BatchForm action={action} variants={variants} inmates={inmates} today="2026-12-06" />
    </LocaleProvider>
  )
}

describe("BatchForm", () => {
  it("records a batch with two makers: 'Tambah pembuat' adds a row", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Batch 20 unit tercatat" }))
    renderForm(action)
    fireEvent.change(screen.getByLabelText("Varian produk"), { target: { value: "variant_1" } })
    fireEvent.change(screen.getByLabelText("Jumlah unit"), { target: { value: "20" } })
    fireEvent.change(screen.getByLabelText("HPP per unit (Rp)"), { target: { value: "12.500" } })
    fireEvent.change(screen.getByLabelText("WBP pembuat 1"), { target: { value: "inm_1" } })
    fireEvent.change(screen.getByLabelText("Unit kerja pembuat 1"), { target: { value: "6" } })
    fireEvent.click(screen.getByRole("button", { name: "Tambah pembuat" }))
    expect(screen.getAllByTestId("maker-row")).toHaveLength(2)
    fireEvent.change(screen.getByLabelText("WBP pembuat 2"), { target: { value: "inm_2" } })
    fireEvent.change(screen.getByLabelText("Unit kerja pembuat 2"), { target: { value: "4" } })
    fireEvent.click(screen.getByRole("button", { name: "Catat batch" }))

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const sent = action.mock.calls[0][1]
    expect(sent.get("variant_id")).toBe("variant_1")
    expect(sent.get("variant_label")).toBe("Keset Kain Perca — Besar")
    expect(sent.get("produced_on")).toBe("2026-12-06")
    expect(sent.getAll("maker_inmate")).toEqual(["inm_1", "inm_2"])
    expect(sent.getAll("maker_units")).toEqual(["6", "4"])
    expect(await screen.findByTestId("form-success")).toBeTruthy()
    // A recorded batch empties the form for the next one.
    await waitFor(() => expect(screen.getAllByTestId("maker-row")).toHaveLength(1))
    expect((screen.getByLabelText("Varian produk") as HTMLSelectElement).value).toBe("")
  })

  it("removes a maker row and keeps what was typed when the action refuses", async () => {
    renderForm(async () => ({ fieldErrors: { makers: "Setiap WBP cukup sekali; jumlahkan unit kerjanya." } }))
    fireEvent.change(screen.getByLabelText("WBP pembuat 1"), { target: { value: "inm_1" } })
    fireEvent.click(screen.getByRole("button", { name: "Tambah pembuat" }))
    fireEvent.click(screen.getByRole("button", { name: "Tambah pembuat" }))
    fireEvent.click(screen.getByRole("button", { name: "Hapus pembuat 3" }))
    expect(screen.getAllByTestId("maker-row")).toHaveLength(2)
    fireEvent.click(screen.getByRole("button", { name: "Catat batch" }))
    expect(await screen.findByText("Setiap WBP cukup sekali; jumlahkan unit kerjanya.")).toBeTruthy()
    expect((screen.getByLabelText("WBP pembuat 1") as HTMLSelectElement).value).toBe("inm_1")
  })

  it("shows the stock of each variant and speaks English when chosen", () => {
    renderForm(async () => ({}), "en")
    expect(screen.getByRole("option", { name: "Keset Kain Perca — Besar (stock 12)" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Add a maker" })).toBeTruthy()
  })
})
