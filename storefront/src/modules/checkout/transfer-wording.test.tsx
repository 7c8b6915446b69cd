import { cleanup, render, screen } from "@testing-library/react"
import type { ShippingGroup } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { Review } from "./components/review"
import { cartMultiLapasNote, lapasList, placeOrderTransferNotice, transferPlan } from "./transfer-wording"

const id = createTranslator("id")
const en = createTranslator("en")
const two = ["Lapas Kelas IIA Bojonegoro", "Lapas Kelas I Semarang"]

describe("bank transfer wording before the order is placed", () => {
  it("says one transfer per lapas, how many and to which lapas, when the cart has several", () => {
    expect(transferPlan(two, id, "id")).toBe(
      "Pesanan ini dari 2 lapas (Lapas Kelas IIA Bojonegoro dan Lapas Kelas I Semarang): Anda akan mentransfer 2 kali, ke rekening masing-masing lapas; nomor rekening dan jumlahnya muncul setelah pesanan dibuat."
    )
    expect(transferPlan([...two, "Lapas Perempuan Malang"], en, "en")).toBe(
      "This order is from 3 lapas (Lapas Kelas IIA Bojonegoro, Lapas Kelas I Semarang, and Lapas Perempuan Malang): you will make 3 transfers, one to each lapas's account; the account numbers and amounts appear once the order is placed."
    )
    expect(placeOrderTransferNotice(two, id, "id")).toMatch(/Anda akan mentransfer 2 kali.*Setiap lapas memproses bagiannya/)
  })

  it("says one transfer for one lapas (a lapas named twice is still one)", () => {
    const one = ["Lapas Kelas I Semarang", "Lapas Kelas I Semarang", null]
    expect(transferPlan(one, id, "id")).toBe(
      "Pesanan ini dari Lapas Kelas I Semarang: Anda mentransfer sekali, ke rekening lapas tersebut; nomor rekening dan jumlahnya muncul setelah pesanan dibuat."
    )
    expect(placeOrderTransferNotice(one, id, "id")).toMatch(/mentransfer sekali.*Pesanan diproses setelah lapas mengonfirmasi transfer Anda\.$/)
    expect(cartMultiLapasNote(one, id, "id")).toBeNull()
  })

  it("keeps the general words when no lapas is known, and never says 'membayar sekali' or one 'rekening tujuan'", () => {
    expect(transferPlan([], id, "id")).toBeNull()
    expect(placeOrderTransferNotice([], id, "id")).toBe(id("checkout.bankTransferNotice"))
    for (const text of [id("checkout.bankTransferNotice"), id("checkout.paymentBankTransferHint"), cartMultiLapasNote(two, id, "id")!]) {
      expect(text).not.toMatch(/membayar sekali|rekening tujuan/)
    }
  })

  it("tells the cart of several lapas how many transfers bank transfer takes", () => {
    expect(cartMultiLapasNote(two, id, "id")).toBe(
      "Barang di keranjang ini dikirim oleh 2 lapas: Lapas Kelas IIA Bojonegoro dan Lapas Kelas I Semarang. Anda memilih pengiriman untuk setiap lapas. Bila membayar dengan transfer bank, Anda akan mentransfer 2 kali, ke rekening masing-masing lapas; nomor rekening dan jumlahnya muncul setelah pesanan dibuat."
    )
    expect(lapasList(["A", "B", "C"], "id")).toBe("A, B, dan C")
  })
})

describe("Review", () => {
  afterEach(cleanup)
  const cart = { id: "cart_1", email: "budi@contoh.id", items: [], subtotal: 0, item_subtotal: 0, shipping_total: 0, total: 0 } as unknown as HttpTypes.StoreCart
  const groups = two.map((name, index) => ({
    lapas: { id: `l${index}`, handle: `l${index}`, name },
    item_ids: [],
    options: [],
    selected_option_id: null,
  })) as unknown as ShippingGroup[]

  it("says under bank transfer how many transfers to which lapas", () => {
    render(
      <Review cart={cart} groups={groups} paymentKind="bank_transfer" transferPlan={transferPlan(two, id, "id")} t={id}>
        {null}
      </Review>
    )
    expect(screen.getByTestId("review-payment").textContent).toBe("Transfer bank")
    expect(screen.getByTestId("review-transfer-plan").textContent).toContain("Anda akan mentransfer 2 kali")
  })

  it("says nothing about transfers for a card", () => {
    render(
      <Review cart={cart} groups={groups} paymentKind="card" transferPlan={null} t={id}>
        {null}
      </Review>
    )
    expect(screen.queryByTestId("review-transfer-plan")).toBeNull()
  })
})
