import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkoutProblems, checkoutRefusalMessage } from "./checkout-rules"
import { checkoutFactsOfCart } from "./lapas-shipping"

/**
 * Runs before Medusa's POST /store/carts/:id/complete: refuses with a 400 that says what to fix
 * (checkout-rules) before any order, payment authorisation or reservation is made. An unknown
 * cart and an already completed one go on to Medusa, which answers them as usual (404, or the
 * order the cart already became).
 */
export async function guardCartCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const found = await checkoutFactsOfCart(req.scope, req.params.id)
    if (!found || found.completed) {
      return next()
    }
    const problems = checkoutProblems(found.facts)
    if (problems.length) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, checkoutRefusalMessage(problems)))
    }
    return next()
  } catch (error) {
    return next(error)
  }
}
