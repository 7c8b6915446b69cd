import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartReadyForOrder } from "../../lib/checkout/lapas-shipping"

/**
 * The checkout rules (address, one delivery per lapas, items) on every path that turns a cart
 * into an order, inside the workflow's cart lock: POST /store/carts/:id/complete is checked
 * earlier by its middleware for a plain 400, but a payment provider's webhook (Stripe) completes
 * the cart through this workflow alone. A refusal here stops the order before it is created, and
 * the workflow's own compensation gives back a payment that was already taken.
 */
completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertCartReadyForOrder(container, input.id)
})
