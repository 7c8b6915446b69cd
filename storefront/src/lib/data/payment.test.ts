// @vitest-environment node
import { describe, expect, it } from "vitest"
import { activePayment, getStripePublishableKey, usablePaymentMethods } from "./payment"

describe("usablePaymentMethods", () => {
  it("always offers bank transfer when the region has the manual provider", () => {
    expect(usablePaymentMethods(["pp_system_default"], null)).toEqual([{ id: "pp_system_default", kind: "bank_transfer" }])
  })

  it("offers Stripe only when the region has it and the storefront has its publishable key", () => {
    const both = ["pp_stripe_stripe", "pp_system_default"]
    expect(usablePaymentMethods(both, "pk_test_1").map((m) => m.kind)).toEqual(["bank_transfer", "card"])
    expect(usablePaymentMethods(both, null).map((m) => m.kind)).toEqual(["bank_transfer"])
    expect(usablePaymentMethods(["pp_system_default"], "pk_test_1").map((m) => m.kind)).toEqual(["bank_transfer"])
  })

  it("offers Xendit after bank transfer when the region has it, with or without Stripe", () => {
    expect(usablePaymentMethods(["pp_xendit_xendit", "pp_system_default"], null)).toEqual([
      { id: "pp_system_default", kind: "bank_transfer" },
      { id: "pp_xendit_xendit", kind: "xendit" },
    ])
    expect(usablePaymentMethods(["pp_stripe_stripe", "pp_xendit_xendit", "pp_system_default"], "pk_test_1").map((m) => m.kind)).toEqual([
      "bank_transfer",
      "xendit",
      "card",
    ])
  })

  it("leaves out providers it has no form for", () => {
    expect(usablePaymentMethods(["pp_paypal_paypal"], "pk_test_1")).toEqual([])
  })
})

describe("getStripePublishableKey", () => {
  it("reads NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY, blank meaning none", () => {
    expect(getStripePublishableKey({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: " pk_test_1 " })).toBe("pk_test_1")
    expect(getStripePublishableKey({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "" })).toBeNull()
    expect(getStripePublishableKey({})).toBeNull()
  })
})

describe("activePayment", () => {
  it("finds the pending session, its provider and Stripe's client secret", () => {
    const cart = {
      payment_collection: {
        payment_sessions: [
          { provider_id: "pp_stripe_stripe", status: "pending", amount: 140000, data: { id: "pi_1", client_secret: "pi_1_secret" } },
        ],
      },
    }
    expect(activePayment(cart as never)).toEqual({
      providerId: "pp_stripe_stripe",
      clientSecret: "pi_1_secret",
      externalId: "pi_1",
      amount: 140000,
      channel: null,
      expiresAt: null,
    })
    expect(activePayment({ payment_collection: null } as never)).toBeNull()
  })

  it("reads a Xendit session's channel and expiry, refusing a channel it does not know", () => {
    const session = (data: Record<string, unknown>) => ({
      payment_collection: {
        payment_sessions: [{ provider_id: "pp_xendit_xendit", status: "pending", amount: 170000, data }],
      },
    })
    const payment = activePayment(session({ channel: "BCA", expires_at: "2026-12-08T07:00:00.000Z", va_number: "1234" }) as never)
    expect(payment).toMatchObject({ providerId: "pp_xendit_xendit", channel: "BCA", expiresAt: "2026-12-08T07:00:00.000Z" })
    expect(activePayment(session({ channel: "GOPAY" }) as never)?.channel).toBeNull()
  })
})
