import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import type { OrderSummary } from "@karya-binaan/contracts"
import { OrderHistory } from "./order-history"

afterEach(cleanup)

const lapas = (name: string) => ({ id: name, handle: null, name, city: null, province: null, time_zone: "Asia/Jakarta" })
const progress = (state: string, extra: Record<string, unknown> = {}) => ({
  state,
  courier: null,
  resi: null,
  paid_at: null,
  ready_at: null,
  shipped_at: null,
  delivered_at: null,
  ...extra,
})

/** An order as GET /store/orders/summaries gives it (the fields the list reads). */
const summary = (overrides: Record<string, unknown> = {}) =>
  ({
    id: "order_01",
    display_id: 1024,
    created_at: "2026-03-02T03:15:00.000Z",
    status: "pending",
    payment_status: "captured",
    fulfillment_status: "partially_shipped",
    total: 1070000,
    progress: "partially_shipped",
    payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null, xendit: null },
    groups: [
      {
        lapas: lapas("Lapas Kelas IIA Bojonegoro"),
        items: [{ id: "i1", quantity: 2 }],
        progress: progress("shipped", { courier: "JNE", resi: "JP1234567890" }),
      },
      {
        lapas: lapas("Lapas Kelas I Semarang"),
        items: [{ id: "i2", quantity: 1 }],
        progress: progress("processing"),
      },
    ],
    ...overrides,
  }) as unknown as OrderSummary

describe("OrderHistory", () => {
  it("shows each order's progress and, per lapas, its state, courier and resi", () => {
    render(<OrderHistory orders={[summary()]} t={createTranslator("id")} locale="id" />)
    const item = screen.getByTestId("order-history-item")
    expect(within(item).getByRole("link").getAttribute("href")).toBe("/pesanan/order_01")
    expect(within(item).getByTestId("order-history-progress").textContent).toBe("Sebagian dikirim")
    expect(item.textContent).toContain("#1024")
    expect(item.textContent).toContain("3 barang")
    const parts = within(item).getAllByTestId("order-history-part")
    expect(parts[0].textContent).toContain("Lapas Kelas IIA Bojonegoro")
    expect(parts[0].textContent).toContain("Dikirim")
    expect(parts[0].textContent).toContain("JNE")
    expect(within(parts[0]).getByTestId("order-resi").textContent).toBe("JP1234567890")
    expect(parts[0].textContent).toContain("Resi")
    expect(parts[1].textContent).toContain("Diproses")
    expect(within(parts[1]).queryByTestId("order-resi")).toBeNull()
  })

  it("does not count the units of a part canceled on its own", () => {
    const [kept, canceled] = (summary().groups as any[]).map((g) => ({ ...g }))
    canceled.progress = progress("canceled", { cancellation: { reason: "Stok habis" } })
    render(<OrderHistory orders={[summary({ groups: [kept, canceled] })]} t={createTranslator("id")} locale="id" />)
    expect(screen.getByTestId("order-history-item").textContent).toContain("2 barang")
  })

  it("names a Xendit order's channel (not bank transfer) and shows an order awaiting payment", () => {
    render(
      <OrderHistory
        orders={[
          summary({
            progress: "awaiting_payment",
            payment: { provider_id: "pp_xendit_xendit", kind: "xendit", status: "authorized", transfer: null, xendit: { channel: "BCA" } },
          }),
          summary({ id: "order_02", display_id: 1025 }),
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

  it("says so when there are no orders, in English too", () => {
    render(<OrderHistory orders={[]} t={createTranslator("en")} locale="en" />)
    expect(screen.getByTestId("order-history-empty").textContent).toBe("No orders yet.")
  })
})
