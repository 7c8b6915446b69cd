import type { LapasCourierRate, ShippingProvince } from "@karya-binaan/contracts"
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { RateTableForm } from "./rate-table-form"

afterEach(cleanup)

const provinces: ShippingProvince[] = [
  { code: "35", name: "Jawa Timur", regencies: [{ code: "35.78", name: "Kota Surabaya" }, { code: "35.22", name: "Kabupaten Bojonegoro" }] },
  { code: "94", name: "Papua", regencies: [{ code: "94.71", name: "Kota Jayapura" }] },
  { code: "81", name: "Maluku", regencies: [] },
]

const rate = (over: Partial<LapasCourierRate>): LapasCourierRate => ({
  zone: "35",
  per_kg: 9_000,
  etd_min_days: 1,
  etd_max_days: 2,
  kind: "province",
  zone_name: "Jawa Timur",
  province_code: "35",
  province_name: "Jawa Timur",
  ...over,
})

const rates = [rate({ zone: "94", zone_name: "Papua", province_code: "94", province_name: "Papua", per_kg: 98_000, etd_min_days: 5, etd_max_days: 8 }), rate({})]

function renderForm(action: FormAction) {
  return render(
    <LocaleProvider locale="id">
      <RateTableForm action={action} optionId="so_1" rates={rates} provinces={provinces} />
    </LocaleProvider>
  )
}

describe("RateTableForm", () => {
  it("edits a row, adds a kabupaten/kota override from its province's figures and sends the whole table", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Tarif disimpan (3 tujuan)." }))
    renderForm(action)
    const zones = () => screen.getAllByTestId("rate-row").map((r) => r.getAttribute("data-zone"))
    expect(zones()).toEqual(["35", "94"])

    fireEvent.change(screen.getByLabelText("Tarif per kg ke Papua"), { target: { value: "110.000" } })
    fireEvent.change(screen.getByLabelText("Provinsi", { selector: "#regency-province" }), { target: { value: "35" } })
    fireEvent.change(screen.getByLabelText("Kabupaten/kota"), { target: { value: "35.78" } })
    fireEvent.click(screen.getByRole("button", { name: "Tambah baris kabupaten/kota" }))
    expect(zones()).toEqual(["35", "35.78", "94"])
    const city = screen.getByLabelText("Tarif per kg ke Kota Surabaya (Jawa Timur)") as HTMLInputElement
    expect(city.value).toBe("9000")
    fireEvent.change(city, { target: { value: "12000" } })

    fireEvent.click(screen.getByRole("button", { name: "Simpan tarif" }))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const sent = action.mock.calls[0][1]
    expect(sent.get("id")).toBe("so_1")
    expect(sent.getAll("zone")).toEqual(["35", "35.78", "94"])
    expect(sent.getAll("per_kg")).toEqual(["9000", "12000", "110.000"])
    expect(sent.getAll("etd_max_days")).toEqual(["2", "2", "8"])
    expect(await screen.findByText("Tarif disimpan (3 tujuan).")).toBeTruthy()
  })

  it("removes a row, adds a province, and shows the refusal on the rows it names", async () => {
    const action = vi.fn<FormAction>(async () => ({ error: "Periksa baris yang ditandai.", fieldErrors: { "rate:81": "Baris ini belum benar." } }))
    renderForm(action)
    fireEvent.click(screen.getByRole("button", { name: "Hapus baris Papua" }))
    const addProvince = screen.getByLabelText("Provinsi", { selector: "#add-province" }) as HTMLSelectElement
    // A province already in the table is not offered again.
    expect([...addProvince.options].map((o) => o.value)).toEqual(["", "94", "81"])
    fireEvent.change(addProvince, { target: { value: "81" } })
    fireEvent.click(screen.getByRole("button", { name: "Tambah baris provinsi" }))
    const maluku = screen.getAllByTestId("rate-row").find((r) => r.getAttribute("data-zone") === "81")!
    expect((within(maluku).getByLabelText("Tarif per kg ke Maluku") as HTMLInputElement).value).toBe("")
    fireEvent.click(screen.getByRole("button", { name: "Simpan tarif" }))
    expect(await screen.findByText("Periksa baris yang ditandai.")).toBeTruthy()
    expect(within(maluku).getByText(/Baris ini belum benar/)).toBeTruthy()
    expect(action.mock.calls[0][1].getAll("zone")).toEqual(["35", "81"])
  })
})
