import { describe, expect, it } from "vitest"
import { groupItemsByLapas, lineAmount, rupiah, type CartLapas } from "./grouping"

const bjn: CartLapas = { id: "lapas_bjn", handle: "bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" }
const sby: CartLapas = { id: "lapas_sby", handle: "surabaya", name: "Lapas Kelas I Surabaya", city: "Surabaya" }

describe("groupItemsByLapas", () => {
  it("keeps groups in the order their first line was added and puts unknown lapas last", () => {
    const items = [
      { id: "c", product_id: "p3", quantity: 1, unit_price: 10000, created_at: "2026-01-01T03:00:00Z" },
      { id: "a", product_id: "p1", quantity: 2, unit_price: 25000, created_at: "2026-01-01T01:00:00Z" },
      { id: "x", product_id: "p9", quantity: 1, unit_price: 5000, created_at: "2026-01-01T00:30:00Z" },
      { id: "b", product_id: "p2", quantity: 1, unit_price: 40000, subtotal: 38000, created_at: "2026-01-01T02:00:00Z" },
    ]
    const lapas = new Map<string, CartLapas | null>([
      ["p1", sby],
      ["p2", bjn],
      ["p3", sby],
      ["p9", null],
    ])
    const groups = groupItemsByLapas(items, lapas)
    expect(groups.map((g) => [g.lapas?.id ?? null, g.items.map((i) => i.id), g.subtotal])).toEqual([
      ["lapas_sby", ["a", "c"], 60000],
      ["lapas_bjn", ["b"], 38000],
      [null, ["x"], 5000],
    ])
  })

  it("uses the line subtotal when there is one", () => {
    expect(lineAmount({ id: "a", quantity: 3, unit_price: 1000, subtotal: 2500 })).toBe(2500)
    expect(lineAmount({ id: "a", quantity: 3, unit_price: 1000 })).toBe(3000)
  })
})

describe("rupiah", () => {
  it("formats API amounts as whole rupiah", () => {
    expect(rupiah(125000)).toBe("Rp 125.000")
    expect(rupiah(12249.6)).toBe("Rp 12.250")
    expect(rupiah("1500000")).toBe("Rp 1.500.000")
    expect(rupiah(undefined)).toBe("Rp 0")
  })
})
