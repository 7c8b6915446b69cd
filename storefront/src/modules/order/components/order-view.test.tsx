import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import type { BuyerPartProgress, OrderSummary } from "@karya-binaan/contracts"
import { OrderView } from "./order-view"

afterEach(cleanup)

function progress(overrides: Partial<BuyerPartProgress> = {}): BuyerPartProgress {
  return {
    state: "awaiting_payment",
    courier: null,
    resi: null,
    shipments: [],
    paid_at: null,
    ready_at: null,
    shipped_at: null,
    delivered_at: null,
    cancellation: null,
    refunded_amount: 0,
    ...overrides,
  }
}

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
        progress: progress(),
      },
      {
        lapas: { id: "l2", handle: "semarang", name: "Lapas Kelas I Semarang", city: "Semarang", province: "Jawa Tengah", time_zone: "Asia/Jakarta" },
        items: [
          { id: "i2", title: "Kursi Rotan Sintetis", variant_title: null, thumbnail: null, quantity: 1, unit_price: 900000, total: 900000, product_handle: "kursi-rotan" },
        ],
        shipping: { name: "Ambil di lapas", amount: 0, kind: "pickup" },
        subtotal: 900000,
        total: 900000,
        progress: progress(),
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
          { lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "bojonegoro" }, bank_name: "BRI", account_number: "0123-01-000123-30-1", account_holder: "RPL 123 Lapas Bojonegoro", amount: 170000, notice: null },
          { lapas: { name: "Lapas Kelas I Semarang", handle: "semarang" }, bank_name: "BNI", account_number: "0987654321", account_holder: "RPL 456 Lapas Semarang", amount: 900000, notice: null },
        ],
      },
      xendit: null,
    },
    progress: "awaiting_payment",
    timeline: [{ key: "placed", at: "2026-03-02T03:15:00.000Z", lapas_name: null, courier: null, resi: null }],
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
    const paid = order({
      payment_status: "captured",
      payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null, xendit: null },
      progress: "processing",
    })
    render(<OrderView order={paid} t={createTranslator("en")} locale="en" />)
    expect(screen.queryByTestId("transfer-instructions")).toBeNull()
    expect(screen.getByTestId("order-status").textContent).toContain("Paid")
    expect(screen.getByTestId("order-progress").textContent).toBe("Being processed")
    expect(screen.getAllByTestId("order-lapas-group")[0].textContent).toContain("Sent by Lapas Kelas IIA Bojonegoro")
  })

  it("says awaiting payment once (no second payment badge) and keeps the transfer instructions", () => {
    render(<OrderView order={order()} t={createTranslator("id")} locale="id" />)
    expect(screen.getByTestId("order-progress").textContent).toBe("Menunggu pembayaran")
    expect(screen.queryByTestId("order-payment-status")).toBeNull()
    expect(screen.getByTestId("transfer-instructions")).toBeTruthy()
    expect(screen.getAllByTestId("order-part-state").map((el) => el.textContent)).toEqual([
      "Menunggu pembayaran",
      "Menunggu pembayaran",
    ])
    const timeline = screen.getByTestId("order-timeline")
    expect(timeline.tagName).toBe("OL")
    expect(timeline.textContent).toContain("Pesanan dibuat")
    expect(timeline.textContent).toContain("2 Maret 2026 10.15 WIB")
  })

  it("shows each lapas's state with courier and resi, and the timeline oldest first in the lapas's zone", () => {
    const shipped = order({
      payment_status: "captured",
      fulfillment_status: "partially_shipped",
      payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null, xendit: null },
      progress: "shipped",
      groups: [
        {
          ...order().groups[0],
          progress: progress({
            state: "shipped",
            courier: "JNE",
            resi: "JP1234567890",
            shipments: [
              {
                courier: "jne",
                courier_name: "JNE",
                resi: "JP1234567890",
                tracking_url: "https://www.jne.co.id/tracking-package?awb=JP1234567890",
                shipped_at: "2026-03-03T02:30:00.000Z",
              },
            ],
            paid_at: "2026-03-02T05:00:00.000Z",
            shipped_at: "2026-03-03T02:30:00.000Z",
          }),
        },
        {
          ...order().groups[1],
          // A lapas in central Indonesia: its dates read WITA (UTC+8).
          lapas: { ...order().groups[1].lapas!, time_zone: "Asia/Makassar" },
          progress: progress({ state: "ready_for_pickup", paid_at: "2026-03-02T06:00:00.000Z", ready_at: "2026-03-03T01:00:00.000Z" }),
        },
      ],
      timeline: [
        { key: "placed", at: "2026-03-02T03:15:00.000Z", lapas_name: null, courier: null, resi: null },
        { key: "paid", at: "2026-03-02T05:00:00.000Z", lapas_name: "Lapas Kelas IIA Bojonegoro", courier: null, resi: null },
        { key: "paid", at: "2026-03-02T06:00:00.000Z", lapas_name: "Lapas Kelas I Semarang", courier: null, resi: null },
        { key: "ready_for_pickup", at: "2026-03-03T01:00:00.000Z", lapas_name: "Lapas Kelas I Semarang", courier: null, resi: null },
        { key: "shipped", at: "2026-03-03T02:30:00.000Z", lapas_name: "Lapas Kelas IIA Bojonegoro", courier: "JNE", resi: "JP1234567890" },
      ],
    })
    render(<OrderView order={shipped} t={createTranslator("id")} locale="id" />)
    expect(screen.getByTestId("order-progress").textContent).toBe("Dikirim")
    expect(screen.getByTestId("order-payment-status").textContent).toBe("Sudah dibayar")
    expect(screen.queryByTestId("transfer-instructions")).toBeNull()

    const [bojonegoro, semarang] = screen.getAllByTestId("order-part-progress")
    expect(within(bojonegoro).getByTestId("order-part-state").textContent).toBe("Dikirim")
    expect(within(bojonegoro).getByTestId("order-courier").textContent).toBe("JNE")
    // The resi is plain text next to its label.
    const resi = within(bojonegoro).getByTestId("order-resi")
    expect(resi.textContent).toBe("JP1234567890")
    expect(resi.closest("dd")?.parentElement?.querySelector("dt")?.textContent).toBe("Resi")
    // Next to it, the courier's tracking page, in a new tab without handing it this page.
    const track = within(bojonegoro).getByRole("link", { name: /Lacak paket di JNE/ })
    expect(track.getAttribute("href")).toBe("https://www.jne.co.id/tracking-package?awb=JP1234567890")
    expect(track.getAttribute("target")).toBe("_blank")
    expect(track.getAttribute("rel")).toBe("noopener noreferrer")
    expect(track.textContent).toBe("Lacak paket di JNE (membuka tab baru)")
    expect(bojonegoro.textContent).toContain("Dikirim 3 Maret 2026 09.30 WIB")
    expect(within(semarang).getByTestId("order-part-state").textContent).toBe("Siap diambil")
    expect(semarang.textContent).toContain("Siap diambil sejak 3 Maret 2026 09.00 WITA")
    expect(within(semarang).queryByTestId("order-resi")).toBeNull()
    expect(within(semarang).queryByRole("link", { name: /Lacak/ })).toBeNull()
    expect(screen.getByTestId("order-pickup-note").textContent).toContain("#1024")

    const entries = within(screen.getByTestId("order-timeline")).getAllByRole("listitem")
    expect(entries.map((entry) => entry.querySelector(".timeline__text")?.textContent)).toEqual([
      "Pesanan dibuat",
      "Pembayaran untuk Lapas Kelas IIA Bojonegoro dikonfirmasi",
      "Pembayaran untuk Lapas Kelas I Semarang dikonfirmasi",
      "Siap diambil di Lapas Kelas I Semarang",
      "Dikirim oleh Lapas Kelas IIA Bojonegoro via JNE, resi JP1234567890",
    ])
    expect(entries.map((entry) => entry.querySelector("time")?.textContent)).toEqual([
      // Parts in two zones: steps of the whole order read WIB.
      "2 Maret 2026 10.15 WIB",
      "2 Maret 2026 12.00 WIB",
      "2 Maret 2026 14.00 WITA",
      "3 Maret 2026 09.00 WITA",
      "3 Maret 2026 09.30 WIB",
    ])
    expect(entries[4].querySelector("time")?.getAttribute("datetime")).toBe("2026-03-03T02:30:00.000Z")
  })

  it("labels the resi 'Tracking number' in English", () => {
    const shipped = order({
      payment_status: "captured",
      payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null, xendit: null },
      progress: "partially_shipped",
      groups: [
        { ...order().groups[0], progress: progress({ state: "shipped", courier: "J&T", resi: "JT0001" }) },
        { ...order().groups[1], progress: progress({ state: "processing" }) },
      ],
      timeline: [
        { key: "placed", at: "2026-03-02T03:15:00.000Z", lapas_name: null, courier: null, resi: null },
        { key: "shipped", at: "2026-03-03T02:30:00.000Z", lapas_name: "Lapas Kelas IIA Bojonegoro", courier: "J&T", resi: "JT0001" },
      ],
    })
    render(<OrderView order={shipped} t={createTranslator("en")} locale="en" />)
    expect(screen.getByTestId("order-progress").textContent).toBe("Partly shipped")
    const resi = screen.getByTestId("order-resi")
    expect(resi.closest("div")?.querySelector("dt")?.textContent).toBe("Tracking number")
    // An answer without shipments (or a courier not in the list) shows the resi with no link.
    expect(screen.queryByTestId("order-tracking-link")).toBeNull()
    expect(screen.getAllByTestId("order-part-state").map((el) => el.textContent)).toEqual(["Shipped", "Being processed"])
    expect(screen.getByTestId("order-timeline").textContent).toContain(
      "Sent by Lapas Kelas IIA Bojonegoro via J&T, tracking number JT0001"
    )
  })

  it("shows a canceled, refunded order without transfer instructions", () => {
    const canceled = order({
      status: "canceled",
      payment_status: "refunded",
      progress: "canceled",
      groups: order().groups.map((group) => ({ ...group, progress: progress({ state: "canceled" }) })),
      timeline: [
        { key: "placed", at: "2026-03-02T03:15:00.000Z", lapas_name: null, courier: null, resi: null },
        { key: "canceled", at: "2026-03-03T03:15:00.000Z", lapas_name: null, courier: null, resi: null },
        { key: "refunded", at: "2026-03-03T03:16:00.000Z", lapas_name: null, courier: null, resi: null },
      ],
    })
    render(<OrderView order={canceled} t={createTranslator("id")} locale="id" />)
    expect(screen.getByTestId("order-progress").textContent).toBe("Dibatalkan")
    expect(screen.getByTestId("order-payment-status").textContent).toBe("Dana dikembalikan")
    expect(screen.queryByTestId("transfer-instructions")).toBeNull()
    expect(
      within(screen.getByTestId("order-timeline"))
        .getAllByRole("listitem")
        .map((entry) => entry.dataset.key)
    ).toEqual(["placed", "canceled", "refunded"])
    expect(screen.getByTestId("order-timeline").textContent).toContain("Dana dikembalikan")
  })
})

describe("OrderView tracking links in English", () => {
  it("names the courier and says the link opens a new tab", () => {
    const shipped = order({
      payment_status: "captured",
      payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null, xendit: null },
      progress: "partially_shipped",
      groups: [
        {
          ...order().groups[0],
          progress: progress({
            state: "shipped",
            courier: "J&T Express",
            resi: "JT0001, JT0002",
            shipments: [
              { courier: "jnt", courier_name: "J&T Express", resi: "JT0001", tracking_url: "https://jet.co.id/track?awb=JT0001", shipped_at: null },
              { courier: "Kurir Lokal", courier_name: "Kurir Lokal", resi: "JT0002", tracking_url: null, shipped_at: null },
            ],
          }),
        },
        { ...order().groups[1], progress: progress({ state: "processing" }) },
      ],
    })
    render(<OrderView order={shipped} t={createTranslator("en")} locale="en" />)
    expect(screen.getAllByTestId("order-resi").map((el) => el.textContent)).toEqual(["JT0001", "JT0002"])
    const links = screen.getAllByRole("link", { name: /Track the parcel/ })
    expect(links.map((link) => link.textContent)).toEqual(["Track the parcel at J&T Express (opens in a new tab)"])
    expect(links[0].getAttribute("href")).toBe("https://jet.co.id/track?awb=JT0001")
  })
})
