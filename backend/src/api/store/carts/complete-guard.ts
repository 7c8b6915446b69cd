import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCartReadyForOrder } from "./lapas-shipping"

/**
 * Runs before Medusa's POST /store/carts/:id/complete: refuses with a 400 that says what to fix
 * (checkout-rules) before any order, payment authorisation or reservation is made. The same
 * check runs again inside completeCartWorkflow (workflows/hooks/check-cart-before-order.ts), but
 * only after Medusa's own item and payment checks: here the buyer gets our message first (an
 * empty cart is "Keranjang Anda kosong", not a missing payment collection).
 */
export async function guardCartCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertCartReadyForOrder(req.scope, req.params.id)
    return next()
  } catch (error) {
    return next(error)
  }
}
