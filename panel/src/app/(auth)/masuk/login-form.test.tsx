import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { Locale } from "@/i18n/locale"
import type { FormAction } from "@/lib/forms"
import { LoginForm } from "./login-form"

afterEach(cleanup)

function renderForm(action: FormAction, locale: Locale = "id") {
  return render(
    <LocaleProvider locale={locale}>
      <LoginForm action={action} next="/pesanan" />
    </LocaleProvider>
  )
}

function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/e-mail/i), { target: { value: email } })
  fireEvent.change(screen.getByLabelText(/kata sandi|password/i), { target: { value: password } })
  fireEvent.click(screen.getByRole("button", { name: /masuk|log in/i }))
}

describe("LoginForm", () => {
  it("shows the action's error next to the form and keeps the e-mail", async () => {
    const action = vi.fn<FormAction>(async (_state, formData) => ({
      error: "E-mail atau kata sandi salah.",
      values: { email: String(formData.get("email")) },
    }))
    renderForm(action)
    submit("staff+lapas-tangerang@karyabinaan.test", "salah")
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "E-mail atau kata sandi salah.")
    const sent = action.mock.calls[0][1]
    expect(sent.get("password")).toBe("salah")
    expect(sent.get("next")).toBe("/pesanan")
    expect((screen.getByLabelText(/e-mail/i) as HTMLInputElement).value).toBe("staff+lapas-tangerang@karyabinaan.test")
  })

  it("shows a field error under its field, linked for screen readers", async () => {
    renderForm(async () => ({ fieldErrors: { email: "Masukkan alamat e-mail yang benar." } }))
    submit("bukan-email", "x")
    const message = await screen.findByText("Masukkan alamat e-mail yang benar.")
    const input = screen.getByLabelText(/e-mail/i)
    expect(input.getAttribute("aria-invalid")).toBe("true")
    expect(input.getAttribute("aria-describedby")).toContain(message.id)
  })

  it("speaks English when the member chose it", () => {
    renderForm(async () => ({}), "en")
    expect(screen.getByRole("button", { name: "Log in" })).toBeTruthy()
    expect(screen.getByLabelText("Password")).toBeTruthy()
  })
})
