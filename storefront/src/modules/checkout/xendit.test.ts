import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { XENDIT_GROUPS, parsePaymentChoice, validateXenditChoice, xenditChoiceValue, xenditReviewNote } from "./xendit"

describe("Xendit choices", () => {
  it("group the channels as QRIS, virtual accounts and e-wallets", () => {
    expect(XENDIT_GROUPS).toEqual([
      { method: "qris", channels: ["QRIS"] },
      { method: "virtual_account", channels: ["BCA", "BNI", "BRI", "MANDIRI", "PERMATA"] },
      { method: "ewallet", channels: ["OVO", "DANA", "SHOPEEPAY", "LINKAJA"] },
    ])
  })

  it("read a radio's value back as provider and channel", () => {
    expect(parsePaymentChoice(xenditChoiceValue("BRI"))).toEqual({ providerId: "pp_xendit_xendit", channel: "BRI" })
    expect(parsePaymentChoice("pp_system_default")).toEqual({ providerId: "pp_system_default", channel: null })
    expect(parsePaymentChoice(null)).toEqual({ providerId: null, channel: null })
  })

  it("validate the channel with the contract's schema", () => {
    expect(validateXenditChoice("QRIS", "")).toEqual({ ok: true, value: { channel: "QRIS" } })
    // A number typed for OVO is not sent with another channel.
    expect(validateXenditChoice("DANA", "0812")).toEqual({ ok: true, value: { channel: "DANA" } })
    expect(validateXenditChoice("GOPAY", null)).toEqual({ ok: false, errors: { provider_id: "xendit.error.channel" } })
    expect(validateXenditChoice("", null)).toEqual({ ok: false, errors: { provider_id: "xendit.error.channel" } })
  })

  it("ask OVO for a valid Indonesian mobile number and send it as +62…", () => {
    expect(validateXenditChoice("OVO", "  ")).toEqual({ ok: false, errors: { "ovo-number": "xendit.error.ovoRequired" } })
    expect(validateXenditChoice("OVO", "12345")).toEqual({ ok: false, errors: { "ovo-number": "xendit.error.ovoInvalid" } })
    expect(validateXenditChoice("OVO", "0812-3456-7890")).toEqual({
      ok: true,
      value: { channel: "OVO", mobile_number: "+6281234567890" },
    })
  })

  it("tell on the review step what comes after placing the order, and until when", () => {
    const t = createTranslator("id")
    expect(xenditReviewNote("BCA", "2026-12-08T07:00:00.000Z", t, "id")).toBe(
      "Setelah pesanan dibuat, Anda akan melihat nomor BCA Virtual Account dan jumlah yang harus dibayar. " +
        "Berlaku sampai 8 Desember 2026 14.00 WIB. Pesanan diproses otomatis begitu pembayaran diterima."
    )
    expect(xenditReviewNote("QRIS", null, t, "id")).toMatch(/^Setelah pesanan dibuat, Anda akan melihat kode QRIS/)
    expect(xenditReviewNote("DANA", null, t, "id")).toContain('tekan "Buka DANA"')
    expect(xenditReviewNote("OVO", null, t, "id")).toContain("setujui notifikasi pembayaran")
  })
})
