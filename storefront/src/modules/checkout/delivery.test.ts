import type { ShippingGroupOption } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { optionEstimate, optionPrice, optionTitle } from "./delivery"

const id = createTranslator("id")
const en = createTranslator("en")

const jne: ShippingGroupOption = {
  id: "so_jne",
  name: "JNE Reguler dari Lapas Kelas IIA Bojonegoro",
  amount: 25000,
  kind: "courier",
  courier: "jne",
  service: "regular",
  etd_min_days: 2,
  etd_max_days: 4,
}
const pickup: ShippingGroupOption = {
  ...jne,
  id: "so_pickup",
  name: "Ambil di Lapas Kelas IIA Bojonegoro",
  amount: 0,
  kind: "pickup",
  courier: null,
  service: null,
  etd_min_days: null,
  etd_max_days: null,
}

describe("delivery option labels", () => {
  it("reads a courier as its name and service, price in rupiah, estimate in days", () => {
    expect(optionTitle(jne, id)).toBe("JNE Reguler")
    expect(optionTitle({ ...jne, courier: "sicepat", service: "cargo" }, id)).toBe("SiCepat Kargo")
    expect(optionTitle(jne, en)).toBe("JNE Regular")
    expect(optionPrice(jne, id)).toBe("Rp 25.000")
    expect(optionEstimate(jne, id)).toBe("Estimasi 2–4 hari")
    expect(optionEstimate({ ...jne, etd_min_days: 3, etd_max_days: 3 }, id)).toBe("Estimasi 3 hari")
    expect(optionEstimate(jne, en)).toBe("Estimated 2–4 days")
  })

  it("reads pickup as free, without an estimate", () => {
    expect(`${optionTitle(pickup, id)} — ${optionPrice(pickup, id)}`).toBe("Ambil di lapas — Gratis")
    expect(optionEstimate(pickup, id)).toBeNull()
  })

  it("keeps the backend's name for a courier the list does not know", () => {
    expect(optionTitle({ ...jne, courier: "kurir-lokal", name: "Kurir lokal" }, id)).toBe("Kurir lokal")
  })
})
