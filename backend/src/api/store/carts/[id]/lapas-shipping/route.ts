import type { LapasShippingResponse, SetLapasShippingResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { cartShippingGroups, validateShippingChoice } from "../../../../../lib/checkout/lapas-shipping"
import type { SetLapasShipping } from "./validators"

/** The cart's lapas, each with the items it ships, the options it offers and the one chosen. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const groups = await cartShippingGroups(req.scope, req.params.id)
  res.json({ groups } satisfies LapasShippingResponse)
}

/**
 * Sets one shipping option per lapas in the cart, replacing the cart's shipping methods: all
 * options go to Medusa's addShippingMethodToCartWorkflow in one call, which removes the methods
 * of the same shipping profile (every demo product shares the default one) and adds the new ones,
 * then refreshes the cart's totals and payment collection.
 */
export async function POST(req: MedusaRequest<SetLapasShipping>, res: MedusaResponse) {
  const cartId = req.params.id
  const { option_ids } = req.validatedBody as SetLapasShipping
  await validateShippingChoice(req.scope, cartId, option_ids)
  await addShippingMethodToCartWorkflow(req.scope).run({
    input: { cart_id: cartId, options: option_ids.map((id) => ({ id })) },
  })
  const cart = await refetchCart(cartId, req.scope, defaultStoreCartFields)
  res.json({ cart } satisfies SetLapasShippingResponse)
}
