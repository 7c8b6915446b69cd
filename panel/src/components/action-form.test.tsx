import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { FormAction } from "@/lib/forms"
import { ActionForm } from "./action-form"

afterEach(cleanup)

function renderForm(action: FormAction, resetOnSuccess = false) {
  return render(
    <ActionForm action={action} submitLabel="Kirim undangan" resetOnSuccess={resetOnSuccess}>
      <label htmlFor="email">E-mail</label>
      <input id="email" name="email" />
    </ActionForm>
  )
}

function submit(value: string) {
  fireEvent.change(screen.getByLabelText("E-mail"), { target: { value } })
  fireEvent.click(screen.getByRole("button", { name: "Kirim undangan" }))
}

describe("ActionForm", () => {
  it("sends the fields and keeps them when the action refuses", async () => {
    const action = vi.fn<FormAction>(async () => ({ error: "rina@example.id is already a member" }))
    renderForm(action)
    submit("rina@example.id")
    expect((await screen.findByRole("alert")).textContent).toContain("already a member")
    expect(action.mock.calls[0][1].get("email")).toBe("rina@example.id")
    expect((screen.getByLabelText("E-mail") as HTMLInputElement).value).toBe("rina@example.id")
  })

  it("shows the success text and clears the form when asked", async () => {
    renderForm(async () => ({ success: "Undangan terkirim." }), true)
    submit("dewi@example.id")
    expect(await screen.findByText("Undangan terkirim.")).toBeTruthy()
    await waitFor(() => expect((screen.getByLabelText("E-mail") as HTMLInputElement).value).toBe(""))
  })
})
