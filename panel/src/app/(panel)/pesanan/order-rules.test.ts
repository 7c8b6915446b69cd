import type { OrderPart, PartFulfillment } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { actionsFor, buyerSaysTransferred, checkCancelForm, checkShipForm, checkTransferForm, listHref, parseOrderNumber, parseTab } from "./order-rules"

const fulfillment = (over: Partial<PartFulfillment> = {}): PartFulfillment => ({
  id: "ful_1",
  kind: "courier",
  created_at: "2026-12-01T03:00:00.000Z",
  courier: null,
  courier_name: null,
  tracking_url: null,
  resi: null,
  shipped_at: null,
  delivered_at: null,
  canceled_at: null,
  items: [{ line_item_id: "li_1", quantity: 1 }],
  ...over,
})

const part = (over: Partial<OrderPart> = {}): OrderPart => ({
  order_id: "order_1",
  display_id: 1042,
  created_at: "2026-12-01T02:00:00.000Z",
  order_status: "pending",
  payment_status: "authorized",
  buyer: { name: "Sari", city: "Surabaya", email: null },
  lapas: { id: "lapas_a", name: "Lapas A", handle: "lapas-a", time_zone: "Asia/Jakarta" },
  state: "awaiting_transfer",
  refunded_amount: 0,
  part_cancellation: null,
  shipping: { kind: "courier", name: "JNE Reguler", amount: 12000, option_id: "so_1" },
  chosen_courier: "jne",
  chosen_service: "regular",
  items: [],
  total: 62000,
  payment_kind: "bank_transfer",
  transfer: { expected_amount: 62000, confirmation: null, notice: null },
  fulfilments: [],
  ...over,
})

describe("the list's address", () => {
  it("reads a known tab and an order number, and writes them back", () => {
    expect(parseTab("to_pack")).toBe("to_pack")
    expect(parseTab("semua")).toBeUndefined()
    expect(parseOrderNumber("#1042")).toBe("1042")
    expect(parseOrderNumber(" 7 ")).toBe("7")
    expect(parseOrderNumber("abc")).toBeNull()
    expect(parseOrderNumber("")).toBeUndefined()
    expect(listHref({})).toBe("/pesanan")
    expect(listHref({ tab: "ready", q: "1042" })).toBe("/pesanan?tab=ready&q=1042")
  })
})

describe("actionsFor", () => {
  it("lets staff and finance confirm a transfer, and only staff pack, print and cancel", () => {
    expect(actionsFor("finance", part())).toMatchObject({ confirmTransfer: true, pack: false, print: false, cancel: false })
    expect(actionsFor("lapas_staff", part())).toMatchObject({ confirmTransfer: true, pack: false, print: false, cancel: true })
    const toPack = part({ state: "to_pack", transfer: { expected_amount: 62000, confirmation: {} as never, notice: null } })
    expect(actionsFor("lapas_staff", toPack)).toMatchObject({ confirmTransfer: false, pack: true, print: true, cancel: true })
    expect(actionsFor("finance", toPack)).toMatchObject({ pack: false, print: false, cancel: false, ship: [], receive: [] })
  })

  it("offers shipping for packed courier packages and receiving once shipped or ready for pickup", () => {
    const packed = fulfillment()
    const toShip = part({ state: "to_ship", fulfilments: [packed] })
    expect(actionsFor("lapas_staff", toShip).ship.map((f) => f.id)).toEqual(["ful_1"])
    expect(actionsFor("lapas_staff", toShip).receive).toEqual([])
    const shipped = part({ state: "shipped", fulfilments: [fulfillment({ shipped_at: "2026-12-02T00:00:00Z", resi: "JNE1234567" })] })
    expect(actionsFor("lapas_staff", shipped)).toMatchObject({ ship: [], cancel: false })
    expect(actionsFor("lapas_staff", shipped).receive).toHaveLength(1)
    const pickup = part({ state: "ready_for_pickup", fulfilments: [fulfillment({ kind: "pickup" })] })
    expect(actionsFor("national", pickup)).toMatchObject({ ship: [], cancel: true })
    expect(actionsFor("national", pickup).receive).toHaveLength(1)
    expect(actionsFor("lapas_staff", part({ state: "canceled" }))).toMatchObject({
      confirmTransfer: false,
      pack: false,
      print: false,
      cancel: false,
    })
  })

  it("offers nothing on a fully refunded part, even one with a packed package", () => {
    const refunded = part({ state: "refunded", refunded_amount: 75000, fulfilments: [fulfillment()] })
    expect(actionsFor("lapas_staff", refunded)).toEqual({
      confirmTransfer: false,
      pack: false,
      print: false,
      ship: [],
      receive: [],
      cancel: false,
    })
  })
})

describe("the forms' checks", () => {
  it("wants the transfer's exact amount in whole rupiah and a day", () => {
    expect(checkTransferForm({ amount: "62.000", day: "2026-12-01", proof: null }, 62000)).toEqual({
      ok: true,
      value: { amount: 62000, day: "2026-12-01", proof: null },
    })
    expect(checkTransferForm({ amount: "61000", day: "", proof: null }, 62000)).toEqual({
      ok: false,
      errors: { amount: "confirm.amountMismatch", transferred_on: "confirm.dayInvalid" },
    })
    expect(checkTransferForm({ amount: "12,5", day: "2026-12-01", proof: null }, 62000)).toMatchObject({
      errors: { amount: "confirm.amountInvalid" },
    })
    const big = new File([new Uint8Array(8_000_001)], "bukti.jpg", { type: "image/jpeg" })
    expect(checkTransferForm({ amount: "62000", day: "2026-12-01", proof: big }, 62000)).toMatchObject({
      errors: { proof: "confirm.proofTooLarge" },
    })
  })

  it("wants a courier of the list and a resi, and a reason to cancel", () => {
    expect(checkShipForm({ courier: "sicepat", resi: "SCP 0012 3456" })).toEqual({
      ok: true,
      value: { courier: "sicepat", resi: "SCP00123456" },
    })
    expect(checkShipForm({ courier: " JNE ", resi: "JNE00123456" })).toEqual({
      ok: true,
      value: { courier: "jne", resi: "JNE00123456" },
    })
    expect(checkShipForm({ courier: "Ninja Xpress", resi: "NX00123456" })).toEqual({
      ok: false,
      errors: { courier: "ship.courierInvalid" },
    })
    expect(checkShipForm({ courier: "", resi: "#1" })).toEqual({
      ok: false,
      errors: { courier: "ship.courierInvalid", resi: "ship.resiInvalid" },
    })
    expect(checkCancelForm({ reason: "habis" })).toEqual({ ok: true, value: { reason: "habis" } })
    expect(checkCancelForm({ reason: " no " })).toEqual({ ok: false, errors: { reason: "cancel.reasonInvalid" } })
  })
})

describe("buyerSaysTransferred", () => {
  const notice = {
    id: "tnot_1",
    amount: 62000,
    transferred_on: "2026-12-06",
    sender_name: "Siti",
    sender_bank: "BRI",
    proof_url: null,
    noticed_at: "2026-12-06T03:00:00.000Z",
  }
  it("marks a part awaiting its transfer whose buyer sent a notice, and no other", () => {
    expect(buyerSaysTransferred(part())).toBe(false)
    expect(buyerSaysTransferred(part({ transfer: { expected_amount: 62000, confirmation: null, notice } }))).toBe(true)
    // Once confirmed (or paid otherwise) the notice has done its work.
    expect(
      buyerSaysTransferred(part({ state: "to_pack", transfer: { expected_amount: 62000, confirmation: {} as never, notice } }))
    ).toBe(false)
    expect(buyerSaysTransferred(part({ state: "canceled", transfer: { expected_amount: 62000, confirmation: null, notice } }))).toBe(false)
    expect(buyerSaysTransferred(part({ payment_kind: "card", transfer: null }))).toBe(false)
  })
})
