import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import { productParcelsOfCart } from "../../lib/shipping/cart-parcels"

/**
 * Medusa hands a calculated option's provider the cart's lines with the variant's weight and
 * dimensions but only the product's weight, and our products keep their packed size on the
 * product. So every pricing of a cart's options (listing with prices, POST
 * /store/shipping-options/:id/calculate, adding a shipping method) also carries each product's
 * weight and size, `product_parcels`, which the courier-rates provider falls back to: the price
 * then uses the same volumetric weight as the listing's rules (cart-parcels.ts).
 */
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse({ product_parcels: await productParcelsOfCart(container, input.cart_id) })
})

calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse({ product_parcels: await productParcelsOfCart(container, input.cart_id) })
})
