import type { OrderSummary } from "@karya-binaan/contracts"
import { emailLocaleOf, escapeHtml, orderPageUrl, renderOrderEmail, type PickupPlace } from "./order-emails"

const BOJONEGORO = {
  id: "lapas_bjn",
  handle: "lapas-bojonegoro",
  name: "Lapas Bojonegoro",
  city: "Bojonegoro",
  province: "Jawa Timur",
  time_zone: "Asia/Jakarta",
}
const TANJUNGPINANG = {
  id: "lapas_tpi",
  handle: "lapas-tanjungpinang",
  name: "Lapas Tanjungpinang",
  city: "Tanjungpinang",
  province: "Kepulauan Riau",
  time_zone: "Asia/Makassar",
}

/** Two lapas, paid by transfer: placed 1 March 2026 10.30 WIB, due a day later. */
function summary(overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: "order_01",
    display_id: 1042,
    created_at: "2026-03-01T03:30:00.000Z",
    email: "pembeli@example.com",
    status: "pending",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    currency_code: "idr",
    subtotal: 175_000,
    shipping_total: 25_000,
    discount_total: 0,
    tax_total: 0,
    total: 200_000,
    shipping_address: {
      first_name: "Sari",
      last_name: "Wulandari",
      address_1: "Jl. Darmo 12",
      address_2: null,
      city: "Surabaya",
      province: "Jawa Timur",
      postal_code: "60241",
      phone: "+6281234567890",
      district: "Tegalsari",
    },
    groups: [
      {
        lapas: BOJONEGORO,
        items: [
          {
            id: "item_1",
            title: "Jahe Instan",
            variant_title: "250 g",
            thumbnail: null,
            quantity: 2,
            unit_price: 50_000,
            total: 100_000,
            product_handle: "jahe-instan",
          },
        ],
        shipping: { name: "Kurir Lapas Bojonegoro", amount: 25_000, kind: "courier" },
        subtotal: 100_000,
        total: 125_000,
      },
      {
        lapas: TANJUNGPINANG,
        items: [
          {
            id: "item_2",
            title: "Tas <Anyaman> & Rotan",
            variant_title: null,
            thumbnail: null,
            quantity: 1,
            unit_price: 75_000,
            total: 75_000,
            product_handle: "tas-anyaman",
          },
        ],
        shipping: { name: "Ambil di Lapas Tanjungpinang", amount: 0, kind: "pickup" },
        subtotal: 75_000,
        total: 75_000,
      },
    ],
    payment: {
      provider_id: "pp_system_default",
      kind: "bank_transfer",
      status: "authorized",
      transfer: {
        due_at: "2026-03-02T03:30:00.000Z",
        total: 200_000,
        accounts: [
          {
            lapas: { name: "Lapas Bojonegoro", handle: "lapas-bojonegoro" },
            bank_name: "Bank BRI",
            account_number: "0123-01-000111-30-1",
            account_holder: "RPL 045 Lapas Bojonegoro",
            amount: 125_000,
          },
          {
            lapas: { name: "Lapas Tanjungpinang", handle: "lapas-tanjungpinang" },
            bank_name: "Bank Mandiri",
            account_number: "109-00-1234567-8",
            account_holder: "RPL 012 Lapas Tanjungpinang",
            amount: 75_000,
          },
        ],
      },
    },
    ...overrides,
  }
}

const paid = () =>
  summary({ payment_status: "captured", payment: { provider_id: "pp_system_default", kind: "bank_transfer", status: "captured", transfer: null } })

const PICKUP: PickupPlace = {
  id: TANJUNGPINANG.id,
  name: TANJUNGPINANG.name,
  address: "Jl. Lembaga No. 1",
  city: "Tanjungpinang",
  time_zone: "Asia/Makassar",
}

describe("order emails", () => {
  it("order placed by transfer: number, items in rupiah and each lapas's account, amount and deadline", () => {
    const email = renderOrderEmail(summary(), { kind: "order-placed" })
    expect(email.subject).toBe("Pesanan #1042 kami terima")
    expect(email.text).toContain("Halo Sari,")
    expect(email.text).toContain("Pesanan #1042 kami terima pada 1 Maret 2026 10.30 WIB.")
    expect(email.text).toContain("Pesanan ini berisi produk dari 2 lapas")
    expect(email.text).toContain(
      [
        "Lapas Bojonegoro",
        "----------------",
        "",
        "Bank: Bank BRI",
        "Nomor rekening: 0123-01-000111-30-1",
        "Atas nama: RPL 045 Lapas Bojonegoro",
        "Jumlah transfer: Rp 125.000",
        "Batas waktu: 2 Maret 2026 10.30 WIB",
      ].join("\n")
    )
    // Each deadline in its own lapas's zone.
    expect(email.text).toContain("Jumlah transfer: Rp 75.000\nBatas waktu: 2 Maret 2026 11.30 WITA")
    expect(email.text).toContain("Jahe Instan (250 g) × 2: Rp 100.000")
    expect(email.text).toContain("Kurir Lapas Bojonegoro: Rp 25.000")
    expect(email.text).toContain("Ambil di Lapas Tanjungpinang: Rp 0")
    expect(email.text).toContain("Total: Rp 200.000")
    expect(email.text).toContain("Jl. Darmo 12, Tegalsari, Surabaya, Jawa Timur 60241")
    expect(email.text).toContain("Lihat pesanan: http://localhost:8000/pesanan/order_01")
    expect(email.text).not.toContain("Diskon")

    expect(email.html).toContain('<html lang="id">')
    expect(email.html).toContain("Pesanan #1042 kami terima")
    expect(email.html).toContain("0123-01-000111-30-1")
    expect(email.html).toContain("Rp 125.000")
    expect(email.html).toContain('href="http://localhost:8000/pesanan/order_01"')
  })

  it("escapes what buyers and staff typed in the HTML, not in the text", () => {
    const email = renderOrderEmail(summary(), { kind: "order-placed" })
    expect(email.html).toContain("Tas &lt;Anyaman&gt; &amp; Rotan × 1")
    expect(email.html).not.toContain("<Anyaman>")
    expect(email.text).toContain("Tas <Anyaman> & Rotan × 1: Rp 75.000")
    expect(escapeHtml(`"a" & 'b'`)).toBe("&quot;a&quot; &amp; &#39;b&#39;")
  })

  it("order placed without transfer (card or already paid) gives no payment instructions", () => {
    const email = renderOrderEmail(paid(), { kind: "order-placed" })
    expect(email.text).not.toContain("Cara membayar")
    expect(email.text).not.toContain("Nomor rekening")
    expect(email.text).toContain("Total: Rp 200.000")
  })

  it("order placed with a Xendit virtual account: the channel, the number, the amount and the deadline", () => {
    const email = renderOrderEmail(
      summary({
        payment: {
          provider_id: "pp_xendit_xendit",
          kind: "xendit",
          status: "authorized",
          transfer: null,
          xendit: {
            channel: "BCA",
            method: "virtual_account",
            status: "pending",
            amount: 200_000,
            expires_at: "2026-03-02T03:30:00.000Z",
            paid_at: null,
            qr_string: null,
            va_number: "107669999000123",
            checkout_url: null,
            deeplink_url: null,
            simulator_url: null,
          },
        },
      }),
      { kind: "order-placed" }
    )
    expect(email.text).toContain("Bayar dengan: BCA Virtual Account")
    expect(email.text).toContain("Nomor virtual account: 107669999000123")
    expect(email.text).toContain("Jumlah transfer: Rp 200.000")
    expect(email.text).toContain("2 Maret 2026 10.30 WIB")
    expect(email.text).not.toContain("Nomor rekening")
  })

  it("writes English for an English buyer, with English dates", () => {
    const email = renderOrderEmail(summary(), { kind: "order-placed" }, { locale: "en" })
    expect(email.subject).toBe("We received your order #1042")
    expect(email.text).toContain("Hello Sari,")
    expect(email.text).toContain("We received your order #1042 on 1 March 2026 at 10:30 WIB.")
    expect(email.text).toContain("Account number: 0123-01-000111-30-1")
    expect(email.text).toContain("Amount: Rp 125.000")
    expect(email.text).toContain("Transfer by: 2 March 2026 at 10:30 WIB")
    expect(email.html).toContain('<html lang="en">')
    expect(emailLocaleOf({ locale: "en" })).toBe("en")
    expect(emailLocaleOf({ locale: "fr" })).toBe("id")
    expect(emailLocaleOf(null)).toBe("id")
  })

  it("payment confirmed", () => {
    const email = renderOrderEmail(paid(), { kind: "payment-confirmed" })
    expect(email.subject).toBe("Pembayaran pesanan #1042 dikonfirmasi")
    expect(email.text).toContain("Pembayaran sebesar Rp 200.000 untuk pesanan #1042 sudah kami terima.")
    const en = renderOrderEmail(paid(), { kind: "payment-confirmed" }, { locale: "en" })
    expect(en.subject).toBe("Payment for order #1042 confirmed")
  })

  it("shipped: the lapas's part with courier, resi and time in the lapas's zone", () => {
    const email = renderOrderEmail(paid(), {
      kind: "order-shipped",
      lapas_id: BOJONEGORO.id,
      courier: "jne",
      courier_name: "JNE",
      tracking_url: "https://www.jne.co.id/tracking-package?awb=JNE0012345678",
      resi: "JNE0012345678",
      shipped_at: "2026-03-03T07:05:00.000Z",
    })
    expect(email.subject).toBe("Pesanan #1042 dikirim")
    expect(email.text).toContain("Produk dari Lapas Bojonegoro dalam pesanan #1042 sudah dikirim.")
    expect(email.text).toContain("Kurir: JNE\nNomor resi: JNE0012345678\nDikirim pada: 3 Maret 2026 14.05 WIB")
    expect(email.text).toContain("Lacak paket di JNE: https://www.jne.co.id/tracking-package?awb=JNE0012345678")
    expect(email.text).toContain("Jahe Instan (250 g) × 2: Rp 100.000")
    expect(email.text).not.toContain("Tas <Anyaman>")
    expect(email.text).toContain("dikirim terpisah")
    expect(email.html).toContain("JNE0012345678")
    expect(email.html).toContain(
      '<a href="https://www.jne.co.id/tracking-package?awb=JNE0012345678" target="_blank" rel="noopener noreferrer" style="color:#8a4b16">Lacak paket di JNE</a>'
    )
  })

  it("shipped: the tracking link in English, and none for a courier not in the list", () => {
    const en = renderOrderEmail(
      paid(),
      {
        kind: "order-shipped",
        lapas_id: BOJONEGORO.id,
        courier: "jnt",
        courier_name: "J&T Express",
        tracking_url: "https://jet.co.id/track?awb=JT0001",
        resi: "JT0001",
        shipped_at: "2026-03-03T07:05:00.000Z",
      },
      { locale: "en" }
    )
    expect(en.text).toContain("Courier: J&T Express\n")
    expect(en.text).toContain("Track the parcel at J&T Express: https://jet.co.id/track?awb=JT0001")
    expect(en.html).toContain(">Track the parcel at J&amp;T Express</a>")

    const legacy = renderOrderEmail(paid(), {
      kind: "order-shipped",
      lapas_id: BOJONEGORO.id,
      courier: "Ninja Xpress",
      courier_name: "Ninja Xpress",
      tracking_url: null,
      resi: "NX0001",
      shipped_at: "2026-03-03T07:05:00.000Z",
    })
    expect(legacy.text).toContain("Kurir: Ninja Xpress\nNomor resi: NX0001")
    expect(legacy.text).not.toContain("Lacak paket")
    expect(legacy.html).not.toContain("Lacak paket")
  })

  it("ready for pickup: where, in the lapas's zone", () => {
    const email = renderOrderEmail(
      paid(),
      { kind: "ready-for-pickup", lapas: PICKUP, ready_at: "2026-03-03T01:00:00.000Z" },
      { locale: "id", storefrontUrl: "https://karyabinaan.id/" }
    )
    expect(email.subject).toBe("Pesanan #1042 siap diambil")
    expect(email.text).toContain("siap diambil di Lapas Tanjungpinang.")
    expect(email.text).toContain(
      "Tempat: Lapas Tanjungpinang\nAlamat: Jl. Lembaga No. 1\nKota: Tanjungpinang\nSiap sejak: 3 Maret 2026 09.00 WITA"
    )
    expect(email.text).toContain("Lihat pesanan: https://karyabinaan.id/pesanan/order_01")
    expect(email.text).not.toContain("Jahe Instan")
    const en = renderOrderEmail(paid(), { kind: "ready-for-pickup", lapas: PICKUP, ready_at: null }, { locale: "en" })
    expect(en.subject).toBe("Order #1042 is ready for pickup")
    expect(en.text).not.toContain("Ready since")
    // The city is not repeated when the address already names it.
    const withCity = renderOrderEmail(paid(), {
      kind: "ready-for-pickup",
      lapas: { ...PICKUP, address: "Jl. Lembaga No. 1, Tanjungpinang 29124" },
      ready_at: null,
    })
    expect(withCity.text).toContain("Alamat: Jl. Lembaga No. 1, Tanjungpinang 29124\n\n")
    expect(withCity.text).not.toContain("Kota:")
  })

  it("cancelled and refunded", () => {
    const canceled = renderOrderEmail(summary({ status: "canceled" }), {
      kind: "order-canceled",
      canceled_at: "2026-03-02T03:31:00.000Z",
    })
    expect(canceled.subject).toBe("Pesanan #1042 dibatalkan")
    expect(canceled.text).toContain("Pesanan #1042 telah dibatalkan pada 2 Maret 2026 10.31 WIB")
    expect(canceled.text).toContain("Total: Rp 200.000")

    const refunded = renderOrderEmail(paid(), { kind: "order-refunded", amount: 125_000, refunded_at: null }, { locale: "en" })
    expect(refunded.subject).toBe("Refund for order #1042")
    expect(refunded.text).toContain("We have refunded Rp 125.000 for order #1042.")
    const id = renderOrderEmail(paid(), { kind: "order-refunded", amount: 125_000, refunded_at: "2026-03-04T03:00:00Z" })
    expect(id.subject).toBe("Pengembalian dana pesanan #1042")
    expect(id.text).toContain("Jumlah: Rp 125.000\nTanggal: 4 Maret 2026 10.00 WIB")
  })

  it("links to the order page under the storefront's URL", () => {
    expect(orderPageUrl("order_01")).toBe("http://localhost:8000/pesanan/order_01")
    expect(orderPageUrl("order_01", "https://karyabinaan.id//")).toBe("https://karyabinaan.id/pesanan/order_01")
  })
})
