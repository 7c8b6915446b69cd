import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { checkoutProblems, checkoutRefusalMessage } from "../../api/store/carts/checkout-rules"
import { checkoutFactsOfCart } from "../../api/store/carts/lapas-shipping"

/**
 * The checkout rules (address, one delivery per lapas, items) on every path that turns a cart
 * into an order, inside the workflow's cart lock: POST /store/carts/:id/complete is checked
 * earlier by its middleware for a plain 400, but a payment provider's webhook (Stripe) completes
 * the cart through this workflow alone. A refusal here stops the order before it is created, and
 * the workflow's own compensation gives back a payment that was already taken.
 */
completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const found = await checkoutFactsOfCart(container, input.id)
  if (!found || found.completed) {
    return
  }
  const problems = checkoutProblems(found.facts)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, checkoutRefusalMessage(problems))
  }
})
