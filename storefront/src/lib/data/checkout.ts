import "server-only"
import type { LapasShippingResponse, SetLapasShippingBody, ShippingGroup } from "@karya-binaan/contracts"
import {
  checkoutProblems,
  toMedusaAddress,
  type CheckoutProblem,
  type NormalizedAddress,
} from "@/modules/checkout/validation"
import { countItems, fetchCart } from "./cart"
import { getAuthHeaders, toShopError, type AuthHeaders } from "./customer"
import { activePayment } from "./payment"
import { clientAddressHeaders } from "./client-address"
import { getSdk } from "./sdk"

/** Store the buyer's email and the delivery address (also as billing address) on the cart. */
export async function saveCartAddress(cartId: string, address: NormalizedAddress): Promise<void> {
  const body = toMedusaAddress(address)
  try {
    await getSdk().store.cart.update(
      cartId,
      { email: address.email, shipping_address: body, billing_address: body },
      { fields: "id" },
      await getAuthHeaders()
    )
  } catch (error) {
    throw toShopError(error)
  }
}

/** One group per lapas with items in the cart, with its delivery options and the current choice. */
export async function getLapasShipping(cartId: string, headers?: AuthHeaders): Promise<ShippingGroup[]> {
  try {
    const { groups } = await getSdk().client.fetch<LapasShippingResponse>(
      `/store/carts/${encodeURIComponent(cartId)}/lapas-shipping`,
      { method: "GET", headers: headers ?? (await getAuthHeaders()) }
    )
    return (groups ?? []).map((group) => ({
      ...group,
      options: (group.options ?? []).map((option) => ({
        ...option,
        amount: Number(option.amount) || 0,
        courier: option.courier ?? null,
        service: option.service ?? null,
        etd_min_days: typeof option.etd_min_days === "number" ? option.etd_min_days : null,
        etd_max_days: typeof option.etd_max_days === "number" ? option.etd_max_days : null,
      })),
      item_ids: group.item_ids ?? [],
      selected_option_id: group.selected_option_id ?? null,
    }))
  } catch (error) {
    throw toShopError(error)
  }
}

/** Exactly one option per lapas; replaces the cart's shipping methods (400 otherwise). */
export async function setLapasShipping(cartId: string, optionIds: string[]): Promise<void> {
  try {
    await getSdk().client.fetch(`/store/carts/${encodeURIComponent(cartId)}/lapas-shipping`, {
      method: "POST",
      body: { option_ids: optionIds } satisfies SetLapasShippingBody,
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    throw toShopError(error)
  }
}

export type PlaceOrderResult =
  | { ok: true; order: { id: string; display_id?: number | null } }
  /** `problems`: what the storefront's own rules refused (nothing was sent); `message`: the backend's refusal. */
  | { ok: false; problems: CheckoutProblem[]; message?: string; status?: number }

/**
 * Turn the cart into an order. The storefront checks the cart first (items, email, address,
 * a delivery choice for every lapas, a payment session) and refuses without calling the backend
 * when anything is missing; the backend then checks again and may refuse with a 400 message.
 */
export async function placeOrder(cartId: string, headers: AuthHeaders = {}): Promise<PlaceOrderResult> {
  const cart = await fetchCart(cartId, headers)
  if (!cart || countItems(cart) === 0) {
    return { ok: false, problems: [{ step: "alamat", key: "checkout.error.emptyCart" }] }
  }
  const groups = await getLapasShipping(cartId, headers)
  const problems = checkoutProblems({
    itemCount: countItems(cart),
    email: cart.email,
    address: cart.shipping_address,
    groups,
    paymentProviderId: activePayment(cart)?.providerId,
  })
  if (problems.length > 0) return { ok: false, problems }

  try {
    const result = await getSdk().store.cart.complete(cartId, {}, { ...(await clientAddressHeaders()), ...headers })
    if (result.type === "order") return { ok: true, order: { id: result.order.id, display_id: result.order.display_id } }
    return { ok: false, problems: [], message: result.error?.message, status: 400 }
  } catch (error) {
    const failure = toShopError(error)
    return { ok: false, problems: [], message: failure.message, status: failure.status }
  }
}
