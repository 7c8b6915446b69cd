import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { BASE_NAMESPACES, FORM_NAMESPACES, clientMessages } from "@/i18n/client-messages"
import type { FormState } from "../form-state"

const action = vi.fn<(previous: FormState, formData: FormData) => Promise<FormState>>(async () => ({}))
vi.mock("../actions", () => ({
  savePaymentAction: (p: FormState, f: FormData) => action(p, f),
}))

const { PaymentForm } = await import("./payment-form")

function renderInLocale(ui: ReactNode) {
  return render(<LocaleProvider locale="id" messages={clientMessages("id", [...BASE_NAMESPACES, ...FORM_NAMESPACES])}>{ui}</LocaleProvider>)
}

afterEach(() => {
  cleanup()
  action.mockClear()
})

const WITH_XENDIT = [
  { id: "pp_system_default", kind: "bank_transfer" as const },
  { id: "pp_xendit_xendit", kind: "xendit" as const },
]

describe("PaymentForm with Xendit", () => {
  it("keeps bank transfer first, then QRIS, the virtual accounts and the e-wallets", () => {
    renderInLocale(<PaymentForm methods={WITH_XENDIT} selected={null} />)
    const radios = screen.getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((radio) => radio.dataset.testid)).toEqual([
      "payment-bank_transfer",
      "payment-xendit-QRIS",
      "payment-xendit-BCA",
      "payment-xendit-BNI",
      "payment-xendit-BRI",
      "payment-xendit-MANDIRI",
      "payment-xendit-PERMATA",
      "payment-xendit-OVO",
      "payment-xendit-DANA",
      "payment-xendit-SHOPEEPAY",
      "payment-xendit-LINKAJA",
    ])
    expect(radios[0].checked).toBe(true)
    expect(screen.getByRole("group", { name: "QRIS" }).textContent).toContain("GoPay, OVO, DANA, ShopeePay, LinkAja")
    expect(screen.getByRole("group", { name: "Virtual Account" }).textContent).toContain("BRIVA (BRI Virtual Account)")
    expect(screen.getByRole("radio", { name: /Mandiri Virtual Account/ })).toBe(radios[5])
    expect(screen.queryByTestId("ovo-number")).toBeNull()
  })

  it("offers no Xendit channel when the region does not have Xendit", () => {
    renderInLocale(<PaymentForm methods={[WITH_XENDIT[0]]} selected={null} />)
    expect(screen.getAllByRole("radio")).toHaveLength(1)
    expect(screen.queryByRole("group", { name: "QRIS" })).toBeNull()
  })

  it("preselects the channel of the cart's session", () => {
    renderInLocale(<PaymentForm methods={WITH_XENDIT} selected="pp_xendit_xendit:DANA" />)
    expect((screen.getByTestId("payment-xendit-DANA") as HTMLInputElement).checked).toBe(true)
  })

  it("asks for the OVO number when OVO is chosen and sends it with the channel", async () => {
    renderInLocale(<PaymentForm methods={WITH_XENDIT} selected={null} />)
    fireEvent.click(screen.getByTestId("payment-xendit-OVO"))
    const number = screen.getByLabelText(/Nomor HP OVO/) as HTMLInputElement
    expect(number.dataset.testid).toBe("ovo-number")
    fireEvent.change(number, { target: { value: "081234567890" } })
    fireEvent.click(screen.getByTestId("checkout-submit"))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const sent = action.mock.calls[0][1]
    expect(sent.get("provider_id")).toBe("pp_xendit_xendit:OVO")
    expect(sent.get("ovo-number")).toBe("081234567890")
  })

  it("shows the action's OVO error next to the field and in the summary", async () => {
    action.mockResolvedValueOnce({
      errors: { "ovo-number": "xendit.error.ovoInvalid" },
      values: { provider_id: "pp_xendit_xendit:OVO", "ovo-number": "12345" },
    })
    renderInLocale(<PaymentForm methods={WITH_XENDIT} selected={null} />)
    fireEvent.click(screen.getByTestId("payment-xendit-OVO"))
    fireEvent.click(screen.getByTestId("checkout-submit"))
    const summary = await screen.findByTestId("checkout-error")
    expect(summary.textContent).toContain("Nomor HP OVO: Nomor HP OVO tidak valid; tulis seperti 081234567890.")
    const number = screen.getByTestId("ovo-number") as HTMLInputElement
    expect(number.getAttribute("aria-invalid")).toBe("true")
    expect(number.value).toBe("12345")
    expect((screen.getByTestId("payment-xendit-OVO") as HTMLInputElement).checked).toBe(true)
  })
})
