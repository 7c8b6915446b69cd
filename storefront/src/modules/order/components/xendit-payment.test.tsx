import { act, cleanup, render, screen, within } from "@testing-library/react"
import type { OrderSummary, XenditPaymentView } from "@karya-binaan/contracts"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createTranslator } from "@/i18n"

const refresh = vi.fn()
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }))

const { XenditPayment } = await import("./xendit-payment")

beforeEach(() => {
  // The islands read the clock: pinned to the render time, moved only by the tests.
  vi.useFakeTimers({ now: NOW })
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  refresh.mockClear()
})

const t = createTranslator("id")
const NOW = Date.parse("2026-12-07T07:00:00.000Z")

function view(overrides: Partial<XenditPaymentView> = {}): XenditPaymentView {
  return {
    channel: "QRIS",
    method: "qris",
    status: "pending",
    amount: 1070000,
    // 23 h 59 min 7 s after NOW; 15.59 in Makassar (WITA).
    expires_at: "2026-12-08T06:59:07.000Z",
    paid_at: null,
    qr_string: "00020101021226660014ID.CO.QRIS.WWW",
    va_number: null,
    checkout_url: null,
    deeplink_url: null,
    simulator_url: null,
    ...overrides,
  }
}

function order(payment: XenditPaymentView, overrides: Partial<OrderSummary> = {}) {
  return {
    id: "order_01",
    display_id: 1024,
    status: "pending",
    payment_status: "authorized",
    payment: { provider_id: "pp_xendit_xendit", kind: "xendit", status: "authorized", transfer: null, xendit: payment },
    groups: [
      { lapas: { id: "l1", handle: "makassar", name: "Lapas Kelas I Makassar", city: "Makassar", province: "Sulawesi Selatan", time_zone: "Asia/Makassar" } },
      { lapas: { id: "l2", handle: "semarang", name: "Lapas Kelas I Semarang", city: "Semarang", province: "Jawa Tengah", time_zone: "Asia/Jakarta" } },
    ],
    ...overrides,
  } as unknown as OrderSummary
}

function show(payment: XenditPaymentView, qr: { svg: string; png: string } | null = null) {
  render(<XenditPayment order={order(payment)} view={payment} qr={qr} t={t} locale="id" now={NOW} />)
  return screen.getByTestId("xendit-payment")
}

const QR = { svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h1"/></svg>', png: "data:image/png;base64,iVBORw0KGgo=" }

describe("XenditPayment", () => {
  it("counts down every second and says when the time is up", () => {
    show(view({ expires_at: "2026-12-07T07:00:03.000Z" }), QR)
    expect(screen.getByTestId("xendit-countdown").textContent).toBe("Sisa waktu 0:00:03")
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByTestId("xendit-countdown").textContent).toBe("Sisa waktu 0:00:01")
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByTestId("xendit-countdown").textContent).toBe("Waktu habis")
  })

  it("asks for the payment state after 4 s and refreshes the page once it changed", async () => {
    const states = ["pending|authorized|pending", "pending|captured|pending"]
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ state: states.shift() }), { status: 200 }))
    vi.stubGlobal("fetch", fetchMock)
    show(view(), QR)
    await act(async () => vi.advanceTimersByTimeAsync(3999))
    expect(fetchMock).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTimeAsync(1))
    expect(fetchMock).toHaveBeenCalledWith("/pesanan/order_01/status", expect.objectContaining({ cache: "no-store" }))
    expect(refresh).not.toHaveBeenCalled()
    // Unchanged: the next check waits longer (6 s).
    await act(async () => vi.advanceTimersByTimeAsync(5999))
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await act(async () => vi.advanceTimersByTimeAsync(1))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it("does not poll a payment that is no longer pending", async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal("fetch", fetchMock)
    show(view({ status: "paid", paid_at: "2026-12-07T06:30:00.000Z" }))
    await act(async () => vi.advanceTimersByTimeAsync(60000))
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("QRIS: draws the code, offers its download, counts down to the deadline in the first lapas's zone", () => {
    const section = show(view(), QR)
    expect(section.dataset.status).toBe("pending")
    expect(within(section).getByRole("heading").textContent).toBe("Bayar dengan QRIS")
    const code = screen.getByTestId("xendit-qr")
    expect(code.getAttribute("aria-label")).toBe("Kode QRIS untuk pesanan #1024")
    expect(code.querySelector("svg")).not.toBeNull()
    const download = screen.getByTestId("xendit-download-qr")
    expect(download.getAttribute("href")).toBe(QR.png)
    expect(download.getAttribute("download")).toBe("qris-pesanan-1024.png")
    expect(download.textContent).toBe("Unduh QR")
    expect(screen.getByTestId("xendit-deadline").textContent).toBe("8 Desember 2026 14.59 WITA")
    expect(screen.getByTestId("xendit-countdown").textContent).toBe("Sisa waktu 23:59:07")
    expect(screen.getByTestId("xendit-amount").textContent).toBe("Rp 1.070.000")
    expect(screen.queryByTestId("xendit-simulator-link")).toBeNull()
  })

  it("virtual account: the bank and the number, each copyable with the amount", () => {
    show(view({ channel: "BCA", method: "virtual_account", qr_string: null, va_number: "3901 0812 3456 7890" }))
    expect(screen.getByTestId("xendit-va-number").textContent).toBe("3901 0812 3456 7890")
    expect(screen.getByText("BCA Virtual Account", { selector: "dd" })).toBeTruthy()
    expect(screen.getByText(/m-banking, internet banking atau ATM BCA/)).toBeTruthy()
    expect(screen.getByTestId("xendit-copy-va")).toBeTruthy()
    expect(screen.getByTestId("xendit-copy-amount")).toBeTruthy()
    expect(screen.queryByTestId("xendit-qr")).toBeNull()
  })

  it("e-wallet: a button to open the app through the order's own hand-off route", () => {
    show(view({ channel: "DANA", method: "ewallet", qr_string: null, checkout_url: "https://checkout.xendit.co/web/1" }))
    const open = screen.getByTestId("xendit-open-wallet")
    expect(open.textContent).toBe("Buka DANA")
    expect(open.getAttribute("href")).toBe("/pesanan/order_01/bayar")
  })

  it("OVO: tells the buyer to approve the notification in the app", () => {
    show(view({ channel: "OVO", method: "ewallet", qr_string: null }))
    expect(screen.getByTestId("xendit-ovo").textContent).toBe("Buka aplikasi OVO dan setujui notifikasi pembayaran.")
    expect(screen.queryByTestId("xendit-open-wallet")).toBeNull()
  })

  it("shows the simulator link, clearly for development, only when the backend gives one", () => {
    show(view({ simulator_url: "http://localhost:9000/xendit-simulator/pr-1" }), QR)
    const link = screen.getByTestId("xendit-simulator-link")
    expect(link.textContent).toBe("Bayar di simulator Xendit (hanya pengembangan)")
    expect(link.getAttribute("href")).toBe("http://localhost:9000/xendit-simulator/pr-1")
  })

  it("paid: says the payment arrived, with the channel and when, and stops counting", () => {
    const section = show(view({ status: "paid", paid_at: "2026-12-07T07:30:00.000Z" }))
    expect(section.dataset.status).toBe("paid")
    expect(within(section).getByRole("heading").textContent).toBe("Pembayaran diterima")
    expect(section.textContent).toContain("Dibayar dengan QRIS pada 7 Desember 2026 15.30 WITA.")
    expect(screen.queryByTestId("xendit-countdown")).toBeNull()
    expect(screen.queryByTestId("xendit-qr")).toBeNull()
  })

  it("expired: says the order will be canceled and offers to shop again, also when only the deadline has passed", () => {
    for (const payment of [view({ status: "expired" }), view({ expires_at: "2026-12-07T06:59:59.000Z" })]) {
      const section = show(payment, QR)
      expect(section.dataset.status).toBe("expired")
      expect(section.textContent).toContain("Waktu pembayaran habis; pesanan akan dibatalkan.")
      expect(screen.getByTestId("xendit-shop-again").getAttribute("href")).toBe("/produk")
      expect(screen.queryByTestId("xendit-qr")).toBeNull()
      cleanup()
    }
  })
})
