import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { CloseMonthForm } from "./close-month-form"
import { DepositForm } from "./deposit-form"
import { ReverseDepositForm } from "./reverse-deposit-form"

afterEach(cleanup)

describe("DepositForm", () => {
  it("sends what was typed, with the month's period and today filled in", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Setoran NTPN 0123456789ABCDEF sebesar Rp 125.000 tercatat." }))
    render(
      <LocaleProvider locale="id">
        <DepositForm action={action} periodFrom="2026-11-01" periodTo="2026-11-30" today="2026-12-06" />
      </LocaleProvider>
    )
    fireEvent.change(screen.getByLabelText("NTPN"), { target: { value: "0123456789abcdef" } })
    fireEvent.change(screen.getByLabelText("Kode billing"), { target: { value: "820261015000123" } })
    fireEvent.change(screen.getByLabelText("Jumlah (Rp)"), { target: { value: "125.000" } })
    fireEvent.click(screen.getByRole("button", { name: "Simpan setoran" }))
    expect(await screen.findByTestId("deposit-saved")).toHaveProperty("textContent", "Setoran NTPN 0123456789ABCDEF sebesar Rp 125.000 tercatat.")
    const sent = action.mock.calls[0][1]
    expect(Object.fromEntries(sent.entries())).toMatchObject({
      ntpn: "0123456789abcdef",
      billing_code: "820261015000123",
      amount: "125.000",
      deposited_on: "2026-12-06",
      period_from: "2026-11-01",
      period_to: "2026-11-30",
    })
    expect(sent.has("lapas_id")).toBe(false)
  })

  it("shows field errors under their fields and keeps the values", async () => {
    render(
      <LocaleProvider locale="id">
        <DepositForm
          action={async () => ({ fieldErrors: { ntpn: "NTPN terdiri dari 16 huruf atau angka." }, values: { ntpn: "ABC", amount: "5000" } })}
          lapasId="lapas_1"
          periodFrom="2026-11-01"
          periodTo="2026-11-30"
          today="2026-12-06"
        />
      </LocaleProvider>
    )
    fireEvent.click(screen.getByRole("button", { name: "Simpan setoran" }))
    const message = await screen.findByText("NTPN terdiri dari 16 huruf atau angka.")
    const input = screen.getByLabelText("NTPN") as HTMLInputElement
    expect(input.getAttribute("aria-describedby")).toContain(message.id)
    expect(input.value).toBe("ABC")
    expect((screen.getByLabelText("Jumlah (Rp)") as HTMLInputElement).value).toBe("5000")
  })
})

describe("CloseMonthForm", () => {
  it("names the month, asks for the confirmation and sends the month", async () => {
    const action = vi.fn<FormAction>(async (_s, data) =>
      data.get("confirm") === "yes" ? { success: "November 2026 sudah ditutup." } : { fieldErrors: { confirm: "Centang konfirmasi terlebih dahulu." } }
    )
    render(
      <LocaleProvider locale="id">
        <CloseMonthForm action={action} month="2026-11" label="November 2026" />
      </LocaleProvider>
    )
    const button = screen.getByRole("button", { name: "Tutup November 2026" })
    fireEvent.click(button)
    expect(await screen.findByText("Centang konfirmasi terlebih dahulu.")).toBeTruthy()
    fireEvent.click(screen.getByLabelText("Saya sudah memeriksa angka November 2026 dan ingin menutupnya."))
    fireEvent.click(button)
    expect(await screen.findByTestId("close-done")).toHaveProperty("textContent", "November 2026 sudah ditutup.")
    expect(action.mock.calls[1][1].get("month")).toBe("2026-11")
  })

  it("speaks English when the member chose it", () => {
    render(
      <LocaleProvider locale="en">
        <CloseMonthForm action={async () => ({})} month="2026-11" label="November 2026" />
      </LocaleProvider>
    )
    expect(screen.getByRole("button", { name: "Close November 2026" })).toBeTruthy()
  })
})

describe("CloseMonthForm with the close preview", () => {
  const preview = (over: Record<string, unknown>) =>
    ({
      lapas_id: "lapas_1",
      month: "2026-10",
      from: "2026-10-01",
      to: "2026-10-31",
      closed: false,
      closed_at: null,
      booked: 5000,
      deposited: 6000,
      status: "over_deposited",
      difference: 1000,
      open_months_before: [],
      blockers: [],
      can_close: true,
      needs_confirmation: true,
      ...over,
    }) as any

  it("says an over-deposit one way and asks a second tick for it before sending", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Oktober 2026 sudah ditutup." }))
    render(
      <LocaleProvider locale="id">
        <CloseMonthForm action={action} month="2026-10" label="Oktober 2026" preview={preview({})} />
      </LocaleProvider>
    )
    expect(screen.getByTestId("close-preview-status").textContent).toContain("lebih setor Rp 1.000")
    expect(screen.getByTestId("close-preview-status").textContent).not.toContain("-Rp")
    fireEvent.click(screen.getByLabelText("Saya sudah memeriksa angka Oktober 2026 dan ingin menutupnya."))
    fireEvent.click(screen.getByLabelText("Saya tahu Oktober 2026 masih Lebih setor Rp 1.000 dan tetap ingin menutupnya."))
    fireEvent.click(screen.getByRole("button", { name: "Tutup Oktober 2026" }))
    expect(await screen.findByTestId("close-done")).toBeTruthy()
    const sent = action.mock.calls[0][1]
    expect([sent.get("needs_confirmation"), sent.get("confirm_difference")]).toEqual(["yes", "yes"])
  })

  it("names the earlier open months and offers no close button", () => {
    render(
      <LocaleProvider locale="id">
        <CloseMonthForm
          action={async () => ({})}
          month="2026-10"
          label="Oktober 2026"
          openMonthNames={["September 2026"]}
          preview={preview({ status: "no_activity", difference: 0, needs_confirmation: false, open_months_before: ["2026-09"], can_close: false })}
        />
      </LocaleProvider>
    )
    expect(screen.getByTestId("close-open-before").textContent).toContain("September 2026")
    expect(screen.getByTestId("close-preview-status").textContent).toBe("Tidak ada transaksi PNBP pada Oktober 2026.")
    expect(screen.queryByRole("button", { name: "Tutup Oktober 2026" })).toBeNull()
  })
})

describe("ReverseDepositForm", () => {
  it("sends the deposit and the reason typed", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Setoran NTPN 0123456789ABCDEF dibatalkan. Catat setoran yang benar." }))
    render(
      <LocaleProvider locale="id">
        <ReverseDepositForm action={action} depositId="pnbpd_1" ntpn="0123456789ABCDEF" />
      </LocaleProvider>
    )
    fireEvent.change(screen.getByLabelText("Alasan koreksi"), { target: { value: "Nominal salah ketik" } })
    fireEvent.click(screen.getByRole("button", { name: "Batalkan setoran ini", hidden: true }))
    expect(await screen.findByTestId("reverse-done")).toBeTruthy()
    expect(Object.fromEntries(action.mock.calls[0][1].entries())).toMatchObject({
      deposit_id: "pnbpd_1",
      ntpn: "0123456789ABCDEF",
      reason: "Nominal salah ketik",
    })
  })
})
