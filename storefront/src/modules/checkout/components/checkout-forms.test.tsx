import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import type { ShippingGroupOption } from "@karya-binaan/contracts"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { BASE_NAMESPACES, FORM_NAMESPACES, clientMessages } from "@/i18n/client-messages"
import type { FormState } from "../form-state"
import { EMPTY_ADDRESS } from "../validation"

const action = vi.fn<(previous: FormState, formData: FormData) => Promise<FormState>>(async () => ({}))
vi.mock("../actions", () => ({
  saveDeliveryAction: (p: FormState, f: FormData) => action(p, f),
  saveAddressAction: (p: FormState, f: FormData) => action(p, f),
  savePaymentAction: (p: FormState, f: FormData) => action(p, f),
}))

const { DeliveryForm } = await import("./delivery-form")
const { AddressForm } = await import("./address-form")
const { PaymentForm } = await import("./payment-form")

function renderInLocale(ui: ReactNode) {
  return render(<LocaleProvider locale="id" messages={clientMessages("id", [...BASE_NAMESPACES, ...FORM_NAMESPACES])}>{ui}</LocaleProvider>)
}

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  action.mockClear()
})

function courier(id: string, amount: number, service: "regular" | "express" | "cargo", days: [number, number]): ShippingGroupOption {
  return { id, name: id, amount, kind: "courier", courier: "jne", service, etd_min_days: days[0], etd_max_days: days[1] }
}
const pickup: ShippingGroupOption = {
  id: "so_pickup",
  name: "Ambil di Lapas Kelas IIA Bojonegoro",
  amount: 0,
  kind: "pickup",
  courier: null,
  service: null,
  etd_min_days: null,
  etd_max_days: null,
}

describe("DeliveryForm", () => {
  const group = {
    lapas: { id: "lapas_bjn", handle: "lapas-bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" },
    item_ids: ["item_1"],
    lines: [{ id: "item_1", title: "Jahe Instan", quantity: 1 }],
    // As a backend might send them: pickup first, the dearer courier before the cheaper one.
    options: [pickup, courier("so_yes", 41000, "express", [1, 2]), courier("so_reg", 25000, "regular", [2, 4])],
    selected_option_id: null,
  }

  it("shows couriers with price and estimate, cheapest preselected, pickup last and free", () => {
    renderInLocale(<DeliveryForm groups={[group]} />)
    const cards = screen.getAllByTestId("delivery-option")
    expect(cards.map((card) => card.textContent)).toEqual([
      "JNE RegulerEstimasi 2–4 hariRp 25.000",
      "JNE KilatEstimasi 1–2 hariRp 41.000",
      "Ambil di lapasAmbil sendiri di Lapas Kelas IIA BojonegoroGratis",
    ])
    const radios = screen.getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((radio) => radio.checked)).toEqual([true, false, false])
    expect(within(cards[0]).getByRole("radio", { name: /JNE Reguler.*Rp 25\.000/ })).toBe(radios[0])
  })

  it("keeps the buyer's earlier choice", () => {
    renderInLocale(<DeliveryForm groups={[{ ...group, selected_option_id: "so_pickup" }]} />)
    const radios = screen.getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((radio) => radio.value)).toEqual(["so_reg", "so_yes", "so_pickup"])
    expect(radios[2].checked).toBe(true)
  })
})

describe("AddressForm pickers", () => {
  const areas = {
    provinces: [
      { code: "33", name: "Jawa Tengah" },
      { code: "35", name: "Jawa Timur" },
    ],
    regencies: [],
    districts: [],
    villages: [],
  }

  it("loads each level's list when its parent is chosen and clears the levels below", async () => {
    const lists: Record<string, { code: string; name: string }[]> = {
      "35": [{ code: "35.78", name: "Kota Surabaya" }],
      "35.78": [{ code: "35.78.09", name: "Gubeng" }],
      "35.78.09": [{ code: "35.78.09.1001", name: "Airlangga" }],
      "33": [{ code: "33.74", name: "Kota Semarang" }],
    }
    const fetchMock = vi.fn(async (input: string) => {
      const parent = new URL(input, "http://localhost").searchParams.get("parent") ?? ""
      return new Response(JSON.stringify({ areas: lists[parent] ?? [] }), { status: 200 })
    })
    vi.stubGlobal("fetch", fetchMock)
    renderInLocale(<AddressForm initial={EMPTY_ADDRESS} areas={areas} />)

    const province = screen.getByLabelText("Provinsi") as HTMLSelectElement
    const city = screen.getByLabelText("Kabupaten/Kota") as HTMLSelectElement
    const district = screen.getByLabelText("Kecamatan") as HTMLSelectElement
    const village = screen.getByLabelText("Kelurahan/Desa (opsional)") as HTMLSelectElement
    expect(city.disabled).toBe(true)
    expect(city.options[0].textContent).toBe("Pilih provinsi dulu")

    fireEvent.change(province, { target: { value: "Jawa Timur" } })
    await waitFor(() => expect(city.disabled).toBe(false))
    expect(fetchMock).toHaveBeenLastCalledWith("/api/areas?parent=35")
    fireEvent.change(city, { target: { value: "Kota Surabaya" } })
    await waitFor(() => expect(district.disabled).toBe(false))
    fireEvent.change(district, { target: { value: "Gubeng" } })
    await waitFor(() => expect(village.disabled).toBe(false))
    fireEvent.change(village, { target: { value: "Airlangga" } })
    expect([province.value, city.value, district.value, village.value]).toEqual([
      "Jawa Timur",
      "Kota Surabaya",
      "Gubeng",
      "Airlangga",
    ])

    // Another province: the choices below go, and only its kabupaten/kota are offered.
    fireEvent.change(province, { target: { value: "Jawa Tengah" } })
    await waitFor(() => expect([...city.options].map((o) => o.textContent)).toContain("Kota Semarang"))
    expect([city.value, district.value, village.value]).toEqual(["", "", ""])
    expect(district.disabled).toBe(true)
  })

  it("submits names, and keeps a saved name the lists do not know so the buyer sees it", () => {
    renderInLocale(
      <AddressForm initial={{ ...EMPTY_ADDRESS, province: "Jawa Timur", city: "Gotham" }} areas={{ ...areas, regencies: [] }} />
    )
    const form = screen.getByTestId("address-form") as HTMLFormElement
    const data = new FormData(form)
    expect(data.get("province")).toBe("Jawa Timur")
    expect(data.get("city")).toBe("Gotham")
  })
})

describe("PaymentForm", () => {
  const methods = [
    { id: "pp_system_default", kind: "bank_transfer" as const },
    { id: "pp_stripe_stripe", kind: "card" as const },
  ]

  it("says under bank transfer how many transfers this cart takes, as the server worded it", () => {
    const plan = "Pesanan ini dari 2 lapas (A dan B): Anda akan mentransfer 2 kali, ke rekening masing-masing lapas; nomor rekening dan jumlahnya muncul setelah pesanan dibuat."
    renderInLocale(<PaymentForm methods={methods} selected={null} bankTransferHint={plan} />)
    expect(screen.getByTestId("payment-form").textContent).toContain(plan)
  })

  it("keeps the general hint without one", () => {
    renderInLocale(<PaymentForm methods={methods} selected={null} />)
    expect(screen.getByTestId("payment-form").textContent).toContain("Transfer ke rekening setiap lapas pengirim.")
  })
})
