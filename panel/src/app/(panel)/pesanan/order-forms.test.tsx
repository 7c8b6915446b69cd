import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { CancelForm, ConfirmTransferForm, ShipForm } from "./order-forms"

afterEach(cleanup)

describe("ConfirmTransferForm", () => {
  it("sends the order, the amount and the day, and shows the amount it expects", async () => {
    const action = vi.fn<FormAction>(async () => ({ success: "Transfer dikonfirmasi. Pesanan siap dikemas." }))
    render(
      <LocaleProvider locale="id">
        <ConfirmTransferForm action={action} orderId="order_1" expected={62000} today="2026-12-06" />
      </LocaleProvider>
    )
    expect(screen.getByText("Harus sama dengan Rp 62.000.")).toBeTruthy()
    fireEvent.change(screen.getByLabelText("Jumlah yang masuk (Rp)"), { target: { value: "62000" } })
    // The photo field takes pictures only (the multipart upload itself is tested in lib/data/orders.test.ts).
    expect(screen.getByLabelText("Foto bukti transfer").getAttribute("accept")).toBe("image/jpeg,image/png,image/webp")
    fireEvent.click(screen.getByRole("button", { name: "Konfirmasi transfer" }))
    expect(await screen.findByText("Transfer dikonfirmasi. Pesanan siap dikemas.")).toBeTruthy()
    const sent = action.mock.calls[0][1]
    expect(sent.get("order_id")).toBe("order_1")
    expect(sent.get("expected")).toBe("62000")
    expect(sent.get("amount")).toBe("62000")
    expect(sent.get("transferred_on")).toBe("2026-12-06")
    expect(sent.get("lapas_id")).toBeNull()
  })

  it("shows the action's field error under the amount", async () => {
    render(
      <LocaleProvider locale="id">
        <ConfirmTransferForm
          action={async () => ({ fieldErrors: { amount: "Jumlah harus Rp 62.000." }, values: { amount: "61000" } })}
          orderId="order_1"
          expected={62000}
          today="2026-12-06"
        />
      </LocaleProvider>
    )
    fireEvent.change(screen.getByLabelText("Jumlah yang masuk (Rp)"), { target: { value: "61000" } })
    fireEvent.click(screen.getByRole("button", { name: "Konfirmasi transfer" }))
    const message = await screen.findByText("Jumlah harus Rp 62.000.")
    const input = screen.getByLabelText("Jumlah yang masuk (Rp)")
    expect(input.getAttribute("aria-describedby")).toContain(message.id)
    expect((input as HTMLInputElement).value).toBe("61000")
  })
})

describe("ShipForm and CancelForm", () => {
  it("send the package with courier and resi, and the reason, and show the API's refusal", async () => {
    const ship = vi.fn<FormAction>(async () => ({ error: "This package was already shipped." }))
    const cancel = vi.fn<FormAction>(async () => ({}))
    render(
      <LocaleProvider locale="en">
        <ShipForm action={ship} orderId="order_1" fulfillmentId="ful_1" title="Ship the package" />
        <CancelForm action={cancel} orderId="order_1" />
      </LocaleProvider>
    )
    fireEvent.change(screen.getByLabelText("Courier"), { target: { value: "JNE" } })
    fireEvent.change(screen.getByLabelText("Tracking number (resi)"), { target: { value: "JNE0012345678" } })
    fireEvent.click(screen.getByRole("button", { name: "Save shipment" }))
    expect((await screen.findByRole("alert")).textContent).toBe("This package was already shipped.")
    expect(Object.fromEntries(ship.mock.calls[0][1])).toEqual({
      order_id: "order_1",
      fulfillment_id: "ful_1",
      courier: "JNE",
      resi: "JNE0012345678",
    })
    fireEvent.change(screen.getByLabelText("Reason for canceling"), { target: { value: "Out of stock" } })
    fireEvent.click(screen.getByRole("button", { name: "Cancel order" }))
    await vi.waitFor(() => expect(cancel).toHaveBeenCalled())
    expect(cancel.mock.calls[0][1].get("reason")).toBe("Out of stock")
  })
})
