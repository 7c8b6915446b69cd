import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { CloseCashForm } from "./close-cash-form"

afterEach(cleanup)

const byMethod = [
  { payment_method: "cash" as const, sale_count: 2, expected: 75000 },
  { payment_method: "qris" as const, sale_count: 1, expected: 30000 },
]

function renderForm(action: FormAction, locale: "id" | "en" = "id") {
  return render(
    <LocaleProvider locale={locale}>
      <CloseCashForm action={action} venueId="venue_e" day="2026-12-06" byMethod={byMethod} />
    </LocaleProvider>
  )
}

describe("CloseCashForm", () => {
  it("works out the expected cash and the difference as the amounts are typed, and asks for a reason only when short or over", () => {
    renderForm(vi.fn())
    expect(screen.getByTestId("closing-expected-cash").textContent).toBe("Rp 75.000")
    expect(screen.getByTestId("closing-difference").textContent).toBe("–")
    fireEvent.change(screen.getByLabelText("Modal awal di laci (Rp)"), { target: { value: "100.000" } })
    fireEvent.change(screen.getByLabelText("Uang tunai terhitung (Rp)"), { target: { value: "175000" } })
    expect(screen.getByTestId("closing-expected-cash").textContent).toBe("Rp 175.000")
    expect(screen.getByTestId("closing-difference").textContent).toBe("Pas")
    expect(screen.queryByLabelText("Alasan selisih")).toBeNull()
    fireEvent.change(screen.getByLabelText("Uang tunai terhitung (Rp)"), { target: { value: "170.000" } })
    expect(screen.getByTestId("closing-difference").textContent).toBe("Kurang Rp 5.000")
    expect((screen.getByLabelText("Alasan selisih") as HTMLInputElement).required).toBe(true)
    fireEvent.change(screen.getByLabelText("Uang tunai terhitung (Rp)"), { target: { value: "180000" } })
    expect(screen.getByTestId("closing-difference").textContent).toBe("Lebih Rp 5.000")
  })

  it("sends the venue, the day, the amounts and the reason, and shows the field error it gets back", async () => {
    const action = vi.fn<FormAction>(async () => ({
      fieldErrors: { reason: "Explain the difference, at least 5 characters." },
      values: { opening_float: "0", counted_cash: "70000", reason: "x" },
    }))
    renderForm(action, "en")
    fireEvent.change(screen.getByLabelText("Cash counted (Rp)"), { target: { value: "70000" } })
    fireEvent.change(screen.getByLabelText("Reason for the difference"), { target: { value: "x" } })
    fireEvent.click(screen.getByRole("button", { name: "Close the till" }))
    expect(await screen.findByText("Explain the difference, at least 5 characters.")).toBeTruthy()
    const sent = action.mock.calls[0][1]
    expect(Object.fromEntries(sent.entries())).toEqual({
      venue_id: "venue_e",
      business_date: "2026-12-06",
      opening_float: "",
      counted_cash: "70000",
      reason: "x",
    })
  })
})
