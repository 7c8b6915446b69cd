import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { assertCartReadyForOrder } from "../../../lib/checkout/lapas-shipping"
import { validateCartAddresses } from "../../utils/addresses"
import { validateStoreBody } from "../../utils/validation"
import { SetLapasShippingSchema } from "./[id]/lapas-shipping/validators"

/**
 * Runs before Medusa's POST /store/carts/:id/complete: refuses with a 400 that says what to fix
 * (lib/checkout/rules.ts) before any order, payment authorisation or reservation is made. The same
 * check runs again inside completeCartWorkflow (workflows/hooks/check-cart-before-order.ts), but
 * only after Medusa's own item and payment checks: here the buyer gets our message first (an
 * empty cart is "Keranjang Anda kosong", not a missing payment collection).
 */
async function guardCartCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertCartReadyForOrder(req.scope, req.params.id)
    return next()
  } catch (error) {
    return next(error)
  }
}

/**
 * Checkout: shipping per lapas, the address's areas on every write (province, kabupaten/kota,
 * kecamatan in address_2 must exist and fit; utils/addresses.ts), and the address and shipping
 * rules before an order is created.
 */
export const cartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [validateCartAddresses] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [validateCartAddresses] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/lapas-shipping",
    middlewares: [validateStoreBody(SetLapasShippingSchema)],
  },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [guardCartCompletion] },
]
