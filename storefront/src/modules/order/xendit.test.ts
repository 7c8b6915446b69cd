import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { isAwaitingPayment, paymentMethodName, paymentStatusKey } from "./status"
import {
  formatRemaining,
  pollDelay,
  safeExternalUrl,
  walletTarget,
  xenditDisplayStatus,
  xenditReturnPath,
  xenditStateKey,
} from "./xendit"

const NOW = Date.parse("2026-12-07T07:00:00.000Z")
const PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"

describe("Xendit status on the order page", () => {
  it("reads an authorized Xendit order as awaiting payment, like a bank transfer", () => {
    expect(paymentStatusKey("authorized", "xendit")).toBe("order.paymentStatus.awaiting")
    expect(isAwaitingPayment("authorized", "xendit")).toBe(true)
    expect(paymentStatusKey("captured", "xendit")).toBe("order.paymentStatus.paid")
    expect(isAwaitingPayment("captured", "xendit")).toBe(false)
  })

  it("shows a pending payment past its deadline as expired", () => {
    expect(xenditDisplayStatus({ status: "pending", expires_at: "2026-12-07T08:00:00.000Z" }, NOW)).toBe("pending")
    expect(xenditDisplayStatus({ status: "pending", expires_at: "2026-12-07T07:00:00.000Z" }, NOW)).toBe("expired")
    expect(xenditDisplayStatus({ status: "pending", expires_at: null }, NOW)).toBe("pending")
    expect(xenditDisplayStatus({ status: "paid", expires_at: "2026-12-07T06:00:00.000Z" }, NOW)).toBe("paid")
  })

  it("gives the poller a state that changes when the payment or the order moves", () => {
    const view = { status: "pending", expires_at: "2026-12-07T08:00:00.000Z" } as never
    const order = { status: "pending", payment_status: "authorized", payment: { xendit: view } } as never
    expect(xenditStateKey(order, NOW)).toBe("pending|authorized|pending")
    expect(xenditStateKey({ ...(order as object), payment_status: "captured" } as never, NOW)).toBe("pending|captured|pending")
    expect(xenditStateKey({ status: "pending", payment_status: "authorized", payment: { xendit: null } } as never, NOW)).toBeNull()
  })

  it("names the payment method: the channel for Xendit, bank transfer or card otherwise", () => {
    const t = createTranslator("id")
    expect(paymentMethodName("xendit", "BRI", t)).toBe("BRIVA (BRI Virtual Account)")
    expect(paymentMethodName("xendit", null, t)).toBeNull()
    expect(paymentMethodName("bank_transfer", null, t)).toBe("Transfer bank")
    expect(paymentMethodName("other", null, t)).toBeNull()
  })
})

describe("countdown and polling", () => {
  it("formats the time left as hours, minutes and seconds", () => {
    expect(formatRemaining(24 * 3600 * 1000)).toBe("24:00:00")
    expect(formatRemaining((23 * 3600 + 59 * 60 + 7) * 1000 + 999)).toBe("23:59:07")
    expect(formatRemaining(65 * 1000)).toBe("0:01:05")
    expect(formatRemaining(-5000)).toBe("0:00:00")
  })

  it("backs off from 4 s to at most 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(pollDelay)).toEqual([4000, 6000, 9000, 13500, 20250, 30000, 30000, 30000])
  })
})

describe("e-wallet hand-off and return", () => {
  const view = { checkout_url: "https://checkout.xendit.co/web/ew-1", deeplink_url: "dana://pay?token=1" }

  it("opens the app's deep link on a phone and the checkout page elsewhere", () => {
    expect(walletTarget(view, PHONE)).toBe("dana://pay?token=1")
    expect(walletTarget(view, DESKTOP)).toBe("https://checkout.xendit.co/web/ew-1")
    expect(walletTarget({ checkout_url: "https://checkout.xendit.co/web/ew-1", deeplink_url: null }, PHONE)).toBe(
      "https://checkout.xendit.co/web/ew-1"
    )
  })

  it("never sends the buyer to a script, data or (outside the simulator) plain http address", () => {
    expect(walletTarget({ checkout_url: "javascript:alert(1)", deeplink_url: "data:text/html,x" }, PHONE)).toBeNull()
    expect(safeExternalUrl("http://localhost:9000/xendit-simulator/pr-1")).toBeNull()
    expect(safeExternalUrl("http://localhost:9000/xendit-simulator/pr-1", { allowHttp: true })).toBe(
      "http://localhost:9000/xendit-simulator/pr-1"
    )
    expect(safeExternalUrl("/relative")).toBeNull()
  })

  it("leads Xendit's return to the remembered order, else to the order lookup, never elsewhere", () => {
    expect(xenditReturnPath("order_01JABCDEF")).toBe("/pesanan/order_01JABCDEF")
    expect(xenditReturnPath(undefined)).toBe("/lacak-pesanan")
    for (const forged of ["//evil.example", "https://evil.example", "order_1/../../x", "/\\evil.example", "order_x?next=//e"]) {
      expect(xenditReturnPath(forged)).toBe("/lacak-pesanan")
    }
  })
})
