import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { shippingOptionsContextOf } from "../../lib/shipping/cart-parcels"

/**
 * Every listing of a cart's shipping options (GET /store/shipping-options, adding a shipping
 * method, refreshing methods after the cart changes) matches the options' rules against the
 * lapas in the cart and their parcels' weights: a cart sees only its own lapas's options, and only
 * the services that take a parcel of that weight (lib/shipping/rules.ts).
 */
listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingOptionsContextOf(container, cart.id))
})

listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingOptionsContextOf(container, cart.id))
})
