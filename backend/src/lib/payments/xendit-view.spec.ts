import { describe, expect, it } from "vitest"
import { xenditPaymentView } from "./xendit-view"

const data = {
  channel: "BCA",
  payment_request_id: "pr-123",
  amount: 170000,
  status: "pending",
  expires_at: "2026-12-08T03:00:00.000Z",
  va_number: "107661234567890",
  qr_string: null,
}
const now = new Date("2026-12-07T03:00:00.000Z")

describe("xenditPaymentView", () => {
  it("shows a pending VA with its number, amount, deadline and the simulator's pay page when configured", () => {
    const view = xenditPaymentView({ data, amount: 170000 }, "pending", { now, simulatorUrl: "http://127.0.0.1:9010/" })
    expect(view).toMatchObject({
      channel: "BCA",
      method: "virtual_account",
      status: "pending",
      amount: 170000,
      va_number: "107661234567890",
      expires_at: "2026-12-08T03:00:00.000Z",
      simulator_url: "http://127.0.0.1:9010/bayar/pr-123",
    })
    expect(xenditPaymentView({ data }, "pending", { now })?.simulator_url).toBeNull()
  })

  it("lets Medusa's facts win: captured is paid, a canceled order is canceled, a passed deadline is expired", () => {
    const paid = xenditPaymentView({ data, captured_at: "2026-12-07T04:00:00.000Z" }, "pending", { now })
    expect(paid).toMatchObject({ status: "paid", paid_at: "2026-12-07T04:00:00.000Z", va_number: null })
    expect(xenditPaymentView({ data }, "canceled", { now })?.status).toBe("canceled")
    expect(xenditPaymentView({ data, canceled_at: "2026-12-07T05:00:00.000Z" }, "pending", { now })?.status).toBe("canceled")
    const late = xenditPaymentView({ data }, "pending", { now: new Date("2026-12-08T03:00:00.000Z") })
    expect(late).toMatchObject({ status: "expired", va_number: null })
  })

  it("is null for data that is not a Xendit channel's", () => {
    expect(xenditPaymentView({ data: { channel: "GOPAYLATER" } }, "pending", { now })).toBeNull()
    expect(xenditPaymentView({}, "pending", { now })).toBeNull()
  })
})
