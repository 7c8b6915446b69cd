import type { HttpTypes } from "@medusajs/types"
import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import type { OrderSummary } from "@karya-binaan/contracts"
import { OrderHistory } from "./order-history"

afterEach(cleanup)

const storeOrder = (overrides: Record<string, unknown> = {}) =>
  ({
    id: "order_01",
    display_id: 1024,
    created_at: "2026-03-02T03:15:00.000Z",
    status: "pending",
    payment_status: "captured",
    fulfillment_status: "partially_shipped",
    total: 1070000,
    currency_code: "idr",
    items: [{ id: "i1", quantity: 2 }, { id: "i2", quantity: 1 }],
    ...overrides,
  }) as unknown as HttpTypes.StoreOrder

const lapas = (name: string) => ({ id: name, handle: null, name, city: null, province: null, time_zone: "Asia/Jakarta" })

const buyerView = {
  progress: "partially_shipped",
  groups: [
    {
      lapas: lapas("Lapas Kelas IIA Bojonegoro"),
      progress: { state: "shipped", courier: "JNE", resi: "JP1234567890", paid_at: null, ready_at: null, shipped_at: null, delivered_at: null },
    },
    {
      lapas: lapas("Lapas Kelas I Semarang"),
      progress: { state: "processing", courier: null, resi: null, paid_at: null, ready_at: null, shipped_at: null, delivered_at: null },
    },
  ],
} as unknown as OrderSummary

describe("OrderHistory", () => {
  it("shows each order's progress and, per lapas, its state, courier and resi", () => {
    render(
      <OrderHistory orders={[{ ...storeOrder(), buyer_view: buyerView }]} t={createTranslator("id")} locale="id" />
    )
    const item = screen.getByTestId("order-history-item")
    expect(within(item).getByRole("link").getAttribute("href")).toBe("/pesanan/order_01")
    expect(within(item).getByTestId("order-history-progress").textContent).toBe("Sebagian dikirim")
    const parts = within(item).getAllByTestId("order-history-part")
    expect(parts[0].textContent).toContain("Lapas Kelas IIA Bojonegoro")
    expect(parts[0].textContent).toContain("Dikirim")
    expect(parts[0].textContent).toContain("JNE")
    expect(within(parts[0]).getByTestId("order-resi").textContent).toBe("JP1234567890")
    expect(parts[0].textContent).toContain("Resi")
    expect(parts[1].textContent).toContain("Diproses")
    expect(within(parts[1]).queryByTestId("order-resi")).toBeNull()
  })

  it("falls back to Medusa's statuses when an order's summary could not be read", () => {
    render(
      <OrderHistory
        orders={[
          { ...storeOrder({ payment_status: "authorized", fulfillment_status: "not_fulfilled" }), payment_kind: "bank_transfer" },
          { ...storeOrder({ id: "order_02", status: "canceled" }), buyer_view: null },
        ]}
        t={createTranslator("en")}
        locale="en"
      />
    )
    expect(screen.getAllByTestId("order-history-progress").map((el) => el.textContent)).toEqual([
      "Awaiting payment",
      "Canceled",
    ])
    expect(screen.queryByTestId("order-history-parts")).toBeNull()
  })

  it("names a Xendit order's channel (not bank transfer) and reads it as awaiting payment until paid", () => {
    render(
      <OrderHistory
        orders={[
          {
            ...storeOrder({ payment_status: "authorized", fulfillment_status: "not_fulfilled" }),
            payment_kind: "xendit",
            xendit_channel: "BCA",
          },
          { ...storeOrder({ id: "order_02" }), payment_kind: "bank_transfer" },
        ]}
        t={createTranslator("id")}
        locale="id"
      />
    )
    expect(screen.getAllByTestId("order-history-payment").map((el) => el.textContent)).toEqual([
      " · BCA Virtual Account",
      " · Transfer bank",
    ])
    expect(screen.getAllByTestId("order-history-progress")[0].textContent).toBe("Menunggu pembayaran")
  })
})
