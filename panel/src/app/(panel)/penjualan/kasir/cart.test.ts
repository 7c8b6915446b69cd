import type { DirectSaleCatalogItem } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import {
  addItem,
  buildSale,
  changeFor,
  discountProblem,
  maxDiscount,
  newClientId,
  parseAmount,
  quickAmounts,
  removeLine,
  setQuantity,
  shortLines,
  totalsOf,
} from "./cart"

const item = (id: string, price: number, available: number | null = 5): DirectSaleCatalogItem => ({
  variant_id: id,
  product_id: `prod_${id}`,
  title: `Produk ${id}`,
  variant_title: "Standar",
  sku: `SKU-${id}`,
  barcode: null,
  thumbnail: null,
  unit_price: price,
  is_service: available === null,
  manage_inventory: available !== null,
  available,
})

const CLIENT_ID = "6f1c2a7e-3b4d-4c5e-8f90-123456789abc"

describe("the cart", () => {
  it("adds items, counts a second add as one more unit, changes and removes lines", () => {
    let lines = addItem([], item("a", 25_000))
    lines = addItem(lines, item("b", 12_500))
    lines = addItem(lines, item("a", 25_000))
    expect(lines.map((l) => [l.variant_id, l.quantity])).toEqual([
      ["a", 2],
      ["b", 1],
    ])
    lines = setQuantity(lines, "b", 3)
    expect(totalsOf(lines, 0)).toEqual({ subtotal: 87_500, discount: 0, total: 87_500 })
    expect(setQuantity(lines, "b", 0).map((l) => l.variant_id)).toEqual(["a"])
    expect(removeLine(lines, "a").map((l) => l.variant_id)).toEqual(["b"])
  })

  it("totals with a discount, never below zero", () => {
    const lines = addItem(addItem([], item("a", 30_000)), item("b", 20_000))
    expect(totalsOf(lines, 5_000)).toEqual({ subtotal: 50_000, discount: 5_000, total: 45_000 })
    expect(totalsOf(lines, 80_000).total).toBe(0)
  })

  it("flags lines sold beyond the stock the catalogue showed, never services", () => {
    const lines = setQuantity(addItem(addItem([], item("a", 1_000, 2)), item("jasa", 5_000, null)), "a", 3)
    expect(shortLines(setQuantity(lines, "jasa", 9)).map((l) => l.variant_id)).toEqual(["a"])
  })
})

describe("the discount limit", () => {
  it("is the venue's basis points of the subtotal, rounded down as the server does", () => {
    expect(maxDiscount(99_999, 1000)).toBe(9_999)
    expect(maxDiscount(50_000, 0)).toBe(0)
    expect(maxDiscount(12_345_678_901, 2500)).toBe(3_086_419_725)
  })

  it("refuses a discount at a venue without one, above the limit, or not an amount", () => {
    expect(discountProblem(0, 50_000, 0)).toBeNull()
    expect(discountProblem(1_000, 50_000, 0)).toBe("notAllowed")
    expect(discountProblem(5_000, 50_000, 1000)).toBeNull()
    expect(discountProblem(5_001, 50_000, 1000)).toBe("tooLarge")
    expect(discountProblem(parseAmount("lima ribu"), 50_000, 1000)).toBe("invalid")
  })

  it("reads amounts as staff type them", () => {
    expect(parseAmount("")).toBe(0)
    expect(parseAmount("0")).toBe(0)
    expect(parseAmount("Rp 5.000")).toBe(5_000)
    expect(parseAmount("150000")).toBe(150_000)
    expect(parseAmount("12,5")).toBeNull()
  })
})

describe("cash", () => {
  it("gives change only when the cash covers the total", () => {
    expect(changeFor(87_500, 100_000)).toBe(12_500)
    expect(changeFor(87_500, 87_500)).toBe(0)
    expect(changeFor(87_500, 50_000)).toBeNull()
    expect(changeFor(87_500, null)).toBeNull()
  })

  it("offers the exact total and the next round amounts", () => {
    expect(quickAmounts(87_500)).toEqual([87_500, 88_000, 90_000, 100_000])
    expect(quickAmounts(100_000)).toEqual([100_000])
    expect(quickAmounts(123_000)).toEqual([123_000, 124_000, 125_000, 130_000, 140_000])
    expect(quickAmounts(0)).toEqual([])
  })
})

describe("the sale the device queues", () => {
  const lines = addItem(addItem([], item("a", 30_000)), item("b", 20_000))
  const soldAt = new Date("2026-12-07T03:04:05.000Z")
  const draft = {
    venue_id: "venue_1",
    lines,
    discount: 0,
    payment_method: "cash" as const,
    tendered: 50_000,
    buyer: { name: " Sari ", email: "", phone: "0812-3456-7890" },
  }

  it("carries the device's id and time, the lines and the buyer, checked with the contract", () => {
    const built = buildSale(draft, CLIENT_ID, soldAt)
    expect(built).toEqual({
      ok: true,
      sale: {
        client_id: CLIENT_ID,
        venue_id: "venue_1",
        lines: [
          { variant_id: "a", quantity: 1 },
          { variant_id: "b", quantity: 1 },
        ],
        discount: 0,
        payment_method: "cash",
        tendered: 50_000,
        sold_at: "2026-12-07T03:04:05.000Z",
        buyer: { name: "Sari", phone: "081234567890" },
      },
    })
  })

  it("leaves tendered out of a non-cash sale and refuses what the server would refuse", () => {
    const qris = buildSale({ ...draft, payment_method: "qris" }, CLIENT_ID, soldAt)
    expect(qris.ok && "tendered" in qris.sale).toBe(false)
    const noCash = buildSale({ ...draft, tendered: null }, CLIENT_ID, soldAt)
    expect(noCash.ok).toBe(false)
    expect(!noCash.ok && noCash.issues[0].path).toBe("tendered")
    const badPhone = buildSale({ ...draft, buyer: { name: "", email: "", phone: "12345" } }, CLIENT_ID, soldAt)
    expect(!badPhone.ok && badPhone.issues[0].path).toBe("buyer.phone")
    expect(buildSale({ ...draft, lines: [] }, CLIENT_ID, soldAt).ok).toBe(false)
    expect(buildSale(draft, "not-a-uuid", soldAt).ok).toBe(false)
  })
})

describe("a sale's id", () => {
  it("is crypto.randomUUID() where there is one, else a valid v4 UUID from random bytes", () => {
    expect(newClientId({ randomUUID: () => CLIENT_ID, getRandomValues: (a: any) => a } as any)).toBe(CLIENT_ID)
    const id = newClientId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => crypto.getRandomValues(a as any) as T })
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(buildSale({ venue_id: "v", lines: addItem([], item("a", 1_000)), discount: 0, payment_method: "card", tendered: null, buyer: { name: "", email: "", phone: "" } }, id, new Date()).ok).toBe(true)
  })
})
