import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import type { OrderSummary, TransferAccount } from "@karya-binaan/contracts"
import { afterEach, describe, expect, it, vi } from "vitest"
import { createTranslator } from "@/i18n"
import type { TransferNoticeState } from "../transfer-notice"
import { todayIn } from "../transfer-notice"

const action = vi.fn<(previous: TransferNoticeState, formData: FormData) => Promise<TransferNoticeState>>(
  async (): Promise<TransferNoticeState> => ({})
)
vi.mock("../actions", () => ({
  sendTransferNoticeAction: (p: TransferNoticeState, f: FormData) => action(p, f),
}))

const { TransferInstructions } = await import("./order-view")

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  action.mockReset()
})

const lapas = (handle: string, name: string, time_zone: string) => ({ id: `l_${handle}`, handle, name, city: "", province: "", time_zone })

function order(accounts: TransferAccount[]): OrderSummary {
  return {
    id: "order_01",
    display_id: 1024,
    created_at: "2026-03-02T03:15:00.000Z",
    email: "budi@contoh.id",
    status: "pending",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    currency_code: "idr",
    subtotal: 1055000,
    shipping_total: 15000,
    discount_total: 0,
    tax_total: 0,
    total: 1070000,
    shipping_address: null,
    groups: [
      { lapas: lapas("bojonegoro", "Lapas Kelas IIA Bojonegoro", "Asia/Jakarta"), items: [], shipping: null, subtotal: 170000, total: 170000, progress: null as never },
      // A lapas in eastern Indonesia: its day is the WIT day.
      { lapas: lapas("jayapura", "Lapas Kelas IIA Abepura", "Asia/Jayapura"), items: [], shipping: null, subtotal: 900000, total: 900000, progress: null as never },
    ],
    progress: "awaiting_payment",
    timeline: [],
    payment: {
      provider_id: "pp_system_default",
      kind: "bank_transfer",
      status: "authorized",
      transfer: { due_at: "2026-03-03T03:15:00.000Z", total: 1070000, accounts },
      xendit: null,
    },
  }
}

const bojonegoro: TransferAccount = {
  lapas: { name: "Lapas Kelas IIA Bojonegoro", handle: "bojonegoro" },
  bank_name: "BRI",
  account_number: "0123-01-000123-30-1",
  account_holder: "RPL 123 Lapas Bojonegoro",
  amount: 170000,
  notice: null,
}
const abepura: TransferAccount = {
  lapas: { name: "Lapas Kelas IIA Abepura", handle: "jayapura" },
  bank_name: "Bank Papua",
  account_number: "1500 2000 3",
  account_holder: "RPL 789 Lapas Abepura",
  amount: 900000,
  notice: null,
}

function renderInstructions(accounts = [bojonegoro, abepura], locale: "id" | "en" = "id") {
  return render(<TransferInstructions order={order(accounts)} t={createTranslator(locale)} locale={locale} />)
}

function account(handle: string): HTMLElement {
  const found = screen.getAllByTestId("transfer-account").find((el) => el.getAttribute("data-lapas") === handle)
  if (!found) throw new Error(`no account for ${handle}`)
  return found
}

describe("TransferInstructions: copy buttons", () => {
  it("copies each lapas's account number as digits and the exact amount as digits only; the totals stay", async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } })
    renderInstructions()
    const first = account("bojonegoro")
    const copyNumber = await within(first).findByRole("button", { name: "Salin nomor rekening Lapas Kelas IIA Bojonegoro" })
    const copyAmount = within(first).getByRole("button", { name: "Salin jumlah transfer untuk Lapas Kelas IIA Bojonegoro" })
    await act(async () => {
      fireEvent.click(copyNumber)
    })
    await act(async () => {
      fireEvent.click(copyAmount)
    })
    await act(async () => {
      fireEvent.click(within(account("jayapura")).getByTestId("copy-amount"))
    })
    await act(async () => {
      fireEvent.click(within(account("jayapura")).getByTestId("copy-account-number"))
    })
    expect(writeText.mock.calls.map((call) => (call as unknown[])[0])).toEqual(["012301000123301", "170000", "900000", "150020003"])
    // What is shown stays as the bank writes it, and the total stays.
    expect(within(first).getByTestId("transfer-account-number").textContent).toBe("0123-01-000123-30-1")
    expect(within(first).getByTestId("transfer-amount").textContent).toBe("Rp 170.000")
    expect(screen.getByTestId("transfer-total").textContent).toBe("Rp 1.070.000")
  })
})

describe("TransferInstructions: Saya sudah transfer", () => {
  it("offers one form per lapas, the amount prefilled and the day today in the lapas's zone", () => {
    renderInstructions()
    const open = screen.getByTestId("transfer-notice-open-bojonegoro")
    expect(open.textContent).toBe("Saya sudah transfer")
    expect(open.tagName).toBe("SUMMARY")
    expect(screen.getByTestId("transfer-notice-open-jayapura")).toBeTruthy()

    const form = within(account("bojonegoro")).getByTestId("transfer-notice-form") as HTMLFormElement
    const amount = within(form).getByTestId("transfer-notice-amount") as HTMLInputElement
    const date = within(form).getByTestId("transfer-notice-date") as HTMLInputElement
    const proof = within(form).getByTestId("transfer-notice-proof") as HTMLInputElement
    expect(amount.value).toBe("170000")
    expect(date.type).toBe("date")
    expect(date.value).toBe(todayIn("Asia/Jakarta"))
    expect(date.max).toBe(todayIn("Asia/Jakarta"))
    expect((within(form).getByTestId("transfer-notice-sender") as HTMLInputElement).value).toBe("")
    expect(proof.type).toBe("file")
    expect(proof.accept).toBe("image/jpeg,image/png,image/webp,image/avif")
    expect(form.textContent).toContain("paling besar 8 MB")
    expect(form.textContent).toContain("Menurut waktu WIB")

    const eastern = within(account("jayapura")).getByTestId("transfer-notice-form")
    expect((within(eastern).getByTestId("transfer-notice-date") as HTMLInputElement).value).toBe(todayIn("Asia/Jayapura"))
    expect(eastern.textContent).toContain("Menurut waktu WIT")
    expect((within(eastern).getByTestId("transfer-notice-amount") as HTMLInputElement).value).toBe("900000")

    const data = new FormData(form)
    expect(data.get("order_id")).toBe("order_01")
    expect(data.get("lapas_handle")).toBe("bojonegoro")
    expect(screen.queryByTestId("transfer-notice-sent")).toBeNull()
  })

  it("shows the backend's messages next to their fields and keeps what was typed", async () => {
    action.mockResolvedValueOnce({
      errors: { transferred_on: "Tanggal transfer ditulis YYYY-MM-DD, misalnya 2026-12-07." },
      proof: "too_large",
      message: "Bagian Lapas Kelas IIA Bojonegoro sudah dikonfirmasi.",
      values: { amount: "170000", transferred_on: "kemarin", sender_name: "Budi", sender_bank: "BCA" },
    })
    renderInstructions([bojonegoro])
    const form = screen.getByTestId("transfer-notice-form") as HTMLFormElement
    fireEvent.change(within(form).getByTestId("transfer-notice-sender"), { target: { value: "Budi" } })
    await act(async () => {
      fireEvent.submit(form)
    })
    await waitFor(() => expect(screen.getByTestId("transfer-notice-error")).toBeTruthy())
    const sent = action.mock.calls[0][1]
    expect(sent.get("sender_name")).toBe("Budi")
    expect(sent.get("amount")).toBe("170000")

    const again = screen.getByTestId("transfer-notice-form") as HTMLFormElement
    expect(again.closest("details")?.open).toBe(true)
    const summary = screen.getByTestId("transfer-notice-error").textContent
    expect(summary).toContain("Tanggal transfer ditulis YYYY-MM-DD")
    expect(summary).toContain("Foto bukti transfer paling besar 8 MB")
    expect(summary).toContain("sudah dikonfirmasi")
    const date = within(again).getByTestId("transfer-notice-date") as HTMLInputElement
    expect(date.getAttribute("aria-invalid")).toBe("true")
    expect(document.getElementById(date.getAttribute("aria-describedby")!.split(" ")[0])?.textContent).toContain("YYYY-MM-DD")
    expect((within(again).getByTestId("transfer-notice-sender") as HTMLInputElement).value).toBe("Budi")
    expect((within(again).getByTestId("transfer-notice-bank") as HTMLInputElement).value).toBe("BCA")
  })

  it("says the lapas was told, with the amount and day sent, and the button becomes Kirim ulang", async () => {
    action.mockResolvedValueOnce({ sent: { amount: 170000, transferred_on: "2026-03-02" } })
    renderInstructions([bojonegoro])
    await act(async () => {
      fireEvent.submit(screen.getByTestId("transfer-notice-form"))
    })
    await waitFor(() => expect(screen.getByTestId("transfer-notice-sent")).toBeTruthy())
    expect(screen.getByTestId("transfer-notice-sent").textContent).toBe(
      "Terima kasih, Lapas Kelas IIA Bojonegoro sudah kami beri tahu; kami kabari setelah transfer dicek. Yang Anda kirim: transfer Rp 170.000 pada 2 Maret 2026."
    )
    expect(screen.getByTestId("transfer-notice-open-bojonegoro").textContent).toBe("Kirim ulang")
    expect(screen.getByTestId("transfer-notice-form").closest("details")?.open).toBe(false)
  })

  it("shows the notice the backend recorded (a later visit), in English too", () => {
    const noticed = {
      ...bojonegoro,
      notice: { amount: 170000, transferred_on: "2026-03-02", sender_name: "Budi", has_proof: true, noticed_at: "2026-03-02T05:00:00.000Z" },
    }
    renderInstructions([noticed, abepura], "en")
    expect(within(account("bojonegoro")).getByTestId("transfer-notice-sent").textContent).toBe(
      "Thank you, Lapas Kelas IIA Bojonegoro has been told; we will let you know once the transfer is checked. What you sent: a transfer of Rp 170.000 on 2 March 2026."
    )
    expect(screen.getByTestId("transfer-notice-open-bojonegoro").textContent).toBe("Send again")
    expect(screen.getByTestId("transfer-notice-open-jayapura").textContent).toBe("I have transferred")
    expect(within(account("jayapura")).queryByTestId("transfer-notice-sent")).toBeNull()
  })

  it("refuses a photo over 8 MB at once and takes it off the form", () => {
    renderInstructions([bojonegoro])
    const proof = screen.getByTestId("transfer-notice-proof") as HTMLInputElement
    const big = new File([new Uint8Array(8)], "bukti.jpg", { type: "image/jpeg" })
    Object.defineProperty(big, "size", { value: 9_000_000 })
    fireEvent.change(proof, { target: { files: [big] } })
    expect(screen.getByTestId("transfer-notice-form").textContent).toContain("Foto bukti transfer paling besar 8 MB")
    expect(proof.value).toBe("")
  })
})
