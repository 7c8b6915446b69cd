import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { CloseMonthForm } from "./close-month-form"
import { DepositForm } from "./deposit-form"

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
