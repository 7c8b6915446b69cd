import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import type { OrderSummary } from "@/lib/data/orders"
import { OrderView } from "./order-view"

afterEach(cleanup)

function order(overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: "order_01",
    display_id: 1024,
    created_at: "2026-03-02T03:15:00.000Z",
    email: "budi@contoh.id",
    status: "pending",
    payment_status: "awaiting",
    fulfillment_status: "not_fulfilled",
    currency_code: "idr",
    subtotal: 1055000,
    shipping_total: 15000,
    discount_total: 0,
    tax_total: 0,
    total: 1070000,
    shipping_address: {
      first_name: "Budi",
      last_name: "Santoso",
      address_1: "Jl. Kertajaya 10",
      address_2: null,
      city: "Kota Surabaya",
      province: "Jawa Timur",
      postal_code: "60281",
      phone: "081234567890",
      district: "Gubeng",
    },
    groups: [
      {
        lapas: { id: "l1", handle: "bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro", province: "Jawa Timur", time_zone: "Asia/Jakarta" },
        items: [
          { id: "i1", title: "Jahe Instan", variant_title: "250 g", thumbnail: null, quantity: 2, unit_price: 77500, total: 155000, product_handle: "jahe-instan" },
        ],
        shipping: { name: "JNE Reguler", amount: 15000, kind: "courier" },
        subtotal: 155000,
        total: 170000,
      },
      {
        lapas: { id: "l2", handle: "semarang", name: "Lapas Kelas I Semarang", city: "Semarang", province: "Jawa Tengah", time_zone: "Asia/Jakarta" },
        items: [
          { id: "i2", title: "Kursi Rotan Sintetis", variant_title: null, thumbnail: null, quantity: 1, unit_price: 900000, total: 900000, product_handle: "kursi-rotan" },
        ],
        shipping: { name: "Ambil di lapas", amount: 0, kind: "pickup" },
        subtotal: 900000,
        total: 900000,
      },
    ],
    payment: {
      provider_id: "pp_system_default",
      kind: "bank_transfer",
      status: "pending",
      transfer: {
        due_at: "2026-03-03T03:15:00.000Z",
        total: 1070000,
        accounts: [
          { lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "bojonegoro" }, bank_name: "BRI", account_number: "0123-01-000123-30-1", account_holder: "RPL 123 Lapas Bojonegoro", amount: 170000 },
          { lapas: { name: "Lapas Kelas I Semarang", handle: "semarang" }, bank_name: "BNI", account_number: "0987654321", account_holder: "RPL 456 Lapas Semarang", amount: 900000 },
        ],
      },
    },
    ...overrides,
  }
}

describe("OrderView", () => {
  it("shows the number, which lapas sends what, and the transfer instructions with exact amounts in WIB", () => {
    render(<OrderView order={order()} t={createTranslator("id")} locale="id" isNew />)
    expect(screen.getByTestId("order-number").textContent).toBe("#1024")
    expect(screen.getByTestId("order-thanks").textContent).toMatch(/Terima kasih/)

    const groups = screen.getAllByTestId("order-lapas-group")
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual([
      "Dikirim oleh Lapas Kelas IIA Bojonegoro",
      "Dikirim oleh Lapas Kelas I Semarang",
    ])
    expect(within(groups[1]).getByText(/Ambil di lapas/)).toBeTruthy()

    const transfer = screen.getByTestId("transfer-instructions")
    expect(screen.getAllByTestId("transfer-amount").map((el) => el.textContent)).toEqual(["Rp 170.000", "Rp 900.000"])
    expect(within(transfer).getByText("0123-01-000123-30-1")).toBeTruthy()
    expect(within(transfer).getByText("RPL 456 Lapas Semarang")).toBeTruthy()
    // 03:15 UTC is 10.15 WIB (UTC+7).
    expect(screen.getByTestId("transfer-due").textContent).toBe("3 Maret 2026 10.15 WIB")
    expect(screen.getByTestId("order-total").textContent).toBe("Rp 1.070.000")
  })

  it("speaks English and shows no transfer box once paid", () => {
    const paid = order({ payment_status: "captured", payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null } })
    render(<OrderView order={paid} t={createTranslator("en")} locale="en" />)
    expect(screen.queryByTestId("transfer-instructions")).toBeNull()
    expect(screen.getByTestId("order-status").textContent).toContain("Paid")
    expect(screen.getAllByTestId("order-lapas-group")[0].textContent).toContain("Sent by Lapas Kelas IIA Bojonegoro")
  })
})
