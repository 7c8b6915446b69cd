import { XENDIT_PROVIDER_ID, xenditSessionInput } from "@karya-binaan/contracts"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { signSplit } from "../../../modules/xendit/split"
import { xenditConfig } from "../../../lib/payments/xendit-config"
import { cartPartsOfPaymentCollection, splitPayment } from "../../../lib/payments/xendit-split"

type SessionBody = { provider_id?: unknown; data?: unknown } & Record<string, unknown>

/**
 * Runs before Medusa's POST /store/payment-collections/:id/payment-sessions. For Xendit, the
 * session's data is made here, never taken from the buyer: the channel (and OVO number) the buyer
 * chose, checked with xenditSessionInput, and the split of the payment per lapas computed from the
 * cart (lib/payments/xendit-split.ts), signed with the secret key so the provider refuses any
 * split that did not come from here. Other providers pass untouched.
 */
async function prepareXenditSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as SessionBody
    if (body.provider_id !== XENDIT_PROVIDER_ID) return next()
    const config = xenditConfig()
    if (!config) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pembayaran QRIS, virtual account dan e-wallet belum tersedia; pilih transfer bank.")
    }
    const parsed = xenditSessionInput.safeParse(body.data ?? {})
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join(" "))
    }
    const cart = await cartPartsOfPaymentCollection(req.scope, req.params.id)
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pembayaran ini tidak ditemukan; muat ulang halaman checkout.")
    }
    const split = splitPayment(cart.amount, cart.parts, config.platformFeeBps)
    const data = {
      channel: parsed.data.channel,
      ...(parsed.data.mobile_number ? { mobile_number: parsed.data.mobile_number } : {}),
      // The name a virtual account shows in the buyer's banking app.
      ...(cart.customer_name ? { customer_name: cart.customer_name } : {}),
      ...(cart.email ? { email: cart.email } : {}),
      split,
      split_signature: signSplit(config.secretKey, split),
    }
    req.body = { ...body, data }
    // Medusa may have validated the body already (its validator runs before or after ours).
    const validated = (req as MedusaRequest & { validatedBody?: Record<string, unknown> }).validatedBody
    if (validated && typeof validated === "object") validated.data = data
    return next()
  } catch (error) {
    return next(error)
  }
}

export const paymentCollectionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [prepareXenditSession],
  },
]
