import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import type { FormAction } from "@/lib/forms"
import { CancelForm, ConfirmTransferForm, ShipForm, TrackingLink } from "./order-forms"

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

describe("ConfirmTransferForm with the buyer's notice", () => {
  const notice = {
    id: "tnot_1",
    amount: 61500,
    transferred_on: "2026-12-05",
    sender_name: "Siti Rahma",
    sender_bank: "BRI",
    proof_url: "https://files.example.test/bukti.jpg",
    noticed_at: "2026-12-05T23:30:00.000Z",
  }

  it("shows what the buyer said with the photo, prefills amount and day, and warns that the amount differs", async () => {
    const action = vi.fn<FormAction>(async () => ({}))
    render(
      <LocaleProvider locale="id">
        <ConfirmTransferForm action={action} orderId="order_1" expected={62000} today="2026-12-06" notice={notice} timeZone="Asia/Makassar" />
      </LocaleProvider>
    )
    const box = screen.getByTestId("transfer-notice")
    expect(box.textContent).toContain("Pembeli sudah transfer")
    expect(screen.getByTestId("transfer-notice-amount").textContent).toBe("Rp 61.500")
    expect(box.textContent).toContain("5 Desember 2026")
    expect(box.textContent).toContain("Siti Rahma")
    expect(box.textContent).toContain("BRI")
    // Sent at 23:30 UTC: 07:30 on 6 December in WITA.
    expect(box.textContent).toMatch(/6 Desember 2026.*07[.:]30/)
    const proof = screen.getByTestId("transfer-notice-proof")
    expect(proof.getAttribute("href")).toBe(notice.proof_url)
    expect(screen.getByAltText("Foto bukti transfer dari pembeli").getAttribute("src")).toBe(notice.proof_url)
    expect(screen.getByTestId("transfer-notice-mismatch").textContent).toBe(
      "Pembeli menyebut Rp 61.500, tagihan bagian lapas Rp 62.000 (selisih Rp 500). Periksa mutasi rekening: konfirmasi hanya bila Rp 62.000 sudah masuk penuh."
    )
    expect((screen.getByLabelText("Jumlah yang masuk (Rp)") as HTMLInputElement).value).toBe("61500")
    expect((screen.getByLabelText("Tanggal dana masuk") as HTMLInputElement).value).toBe("2026-12-05")
    fireEvent.click(screen.getByRole("button", { name: "Konfirmasi transfer" }))
    await vi.waitFor(() => expect(action).toHaveBeenCalled())
    expect(action.mock.calls[0][1].get("transferred_on")).toBe("2026-12-05")
  })

  it("says nothing about a difference when the buyer named the full amount, and keeps today for a day still to come", () => {
    render(
      <LocaleProvider locale="en">
        <ConfirmTransferForm
          action={async () => ({})}
          orderId="order_1"
          expected={62000}
          today="2026-12-06"
          notice={{ ...notice, amount: 62000, transferred_on: "2026-12-07", proof_url: null, sender_bank: null }}
        />
      </LocaleProvider>
    )
    expect(screen.getByTestId("transfer-notice").textContent).toContain("The buyer says they have paid")
    expect(screen.getByTestId("transfer-notice").textContent).toContain("The buyer attached no photo.")
    expect(screen.queryByTestId("transfer-notice-mismatch")).toBeNull()
    expect((screen.getByLabelText("Amount received (Rp)") as HTMLInputElement).value).toBe("62000")
    expect((screen.getByLabelText("Day the money arrived") as HTMLInputElement).value).toBe("2026-12-06")
  })

  it("shows no box and leaves the amount empty without a notice", () => {
    render(
      <LocaleProvider locale="id">
        <ConfirmTransferForm action={async () => ({})} orderId="order_1" expected={62000} today="2026-12-06" notice={null} />
      </LocaleProvider>
    )
    expect(screen.queryByTestId("transfer-notice")).toBeNull()
    expect((screen.getByLabelText("Jumlah yang masuk (Rp)") as HTMLInputElement).value).toBe("")
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
    // Couriers are a list, nothing chosen until the member picks one.
    const courier = screen.getByLabelText("Courier") as HTMLSelectElement
    expect(courier.tagName).toBe("SELECT")
    expect(courier.value).toBe("")
    expect([...courier.options].filter((o) => !o.disabled).map((o) => o.textContent)).toEqual([
      "JNE",
      "J&T Express",
      "SiCepat",
      "Pos Indonesia",
      "AnterAja",
      "Lion Parcel",
    ])
    fireEvent.change(courier, { target: { value: "jnt" } })
    fireEvent.change(screen.getByLabelText("Tracking number (resi)"), { target: { value: "JNE0012345678" } })
    fireEvent.click(screen.getByRole("button", { name: "Save shipment" }))
    expect((await screen.findByRole("alert")).textContent).toBe("This package was already shipped.")
    expect(Object.fromEntries(ship.mock.calls[0][1])).toEqual({
      order_id: "order_1",
      fulfillment_id: "ful_1",
      courier: "jnt",
      resi: "JNE0012345678",
    })
    fireEvent.change(screen.getByLabelText("Reason for canceling"), { target: { value: "Out of stock" } })
    fireEvent.click(screen.getByRole("button", { name: "Cancel order" }))
    await vi.waitFor(() => expect(cancel).toHaveBeenCalled())
    expect(cancel.mock.calls[0][1].get("reason")).toBe("Out of stock")
  })
})

describe("ShipForm with the buyer's courier", () => {
  it("preselects the courier the buyer chose and says so", async () => {
    const ship = vi.fn<FormAction>(async () => ({ success: "Paket ditandai dikirim." }))
    render(
      <LocaleProvider locale="id">
        <ShipForm action={ship} orderId="order_1" fulfillmentId="ful_1" title="Kirim paket" chosenCourier="sicepat" />
      </LocaleProvider>
    )
    const courier = screen.getByLabelText("Kurir") as HTMLSelectElement
    expect(courier.value).toBe("sicepat")
    expect(screen.getByText("Pembeli memilih SiCepat saat checkout.")).toBeTruthy()
    fireEvent.change(screen.getByLabelText("Nomor resi"), { target: { value: "SCP998877665" } })
    fireEvent.click(screen.getByRole("button", { name: "Simpan pengiriman" }))
    await vi.waitFor(() => expect(ship).toHaveBeenCalled())
    expect(ship.mock.calls[0][1].get("courier")).toBe("sicepat")
  })

  it("links a shipped package to its courier's tracking page in a new tab", () => {
    render(
      <LocaleProvider locale="id">
        <TrackingLink url="https://www.jne.co.id/tracking-package?awb=JNE001" courier="JNE" />
      </LocaleProvider>
    )
    const link = screen.getByRole("link", { name: /Lacak paket di JNE/ })
    expect(link.getAttribute("href")).toBe("https://www.jne.co.id/tracking-package?awb=JNE001")
    expect(link.getAttribute("target")).toBe("_blank")
    expect(link.getAttribute("rel")).toBe("noopener noreferrer")
  })
})
