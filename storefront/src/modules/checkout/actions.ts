"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { addressRefill, checkAddressForm } from "@/lib/data/areas"
import { countItems, fetchCart, getCartId, removeCartId } from "@/lib/data/cart"
import { getLapasShipping, placeOrder, saveCartAddress, setLapasShipping } from "@/lib/data/checkout"
import { getAuthHeaders, isClientError, toShopError } from "@/lib/data/customer"
import { XENDIT_PROVIDER, activePayment, initiatePayment, listPaymentMethods } from "@/lib/data/payment"
import type { FormState } from "./form-state"
import {
  deliveryFieldName,
  readAddressForm,
  stepHref,
  validateDelivery,
  validatePaymentChoice,
  type CheckoutProblem,
} from "./validation"
import { OVO_FIELD, parsePaymentChoice, validateXenditChoice } from "./xendit"

const EMPTY_CART: FormState = { messages: [{ key: "checkout.error.emptyCart", href: "/keranjang" }] }

/** A backend refusal (4xx) is shown as the backend words it; anything else as "try again later". */
function failure(error: unknown, values?: Record<string, string>): FormState {
  const shopError = toShopError(error)
  if (isClientError(shopError) && shopError.status !== 404) return { serverMessage: shopError.message, values }
  console.error("[storefront] checkout action failed", shopError)
  return {
    messages: [{ key: shopError.status === 404 ? "checkout.error.emptyCart" : "checkout.error.unavailable" }],
    values,
  }
}

/** The open cart, or null (no cookie, unknown, completed or without items). */
async function openCart() {
  const cartId = await getCartId()
  if (!cartId) return null
  const cart = await fetchCart(cartId, await getAuthHeaders())
  return cart && countItems(cart) > 0 ? cart : null
}

/** Step 1: email and delivery address. */
export async function saveAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = checkAddressForm(formData)
  if (!result.ok) return result.state
  const refill = () => addressRefill(readAddressForm(formData))
  try {
    const cart = await openCart()
    if (!cart) return { ...EMPTY_CART, ...refill() }
    await saveCartAddress(cart.id, result.value)
  } catch (error) {
    return { ...failure(error), ...refill() }
  }
  revalidatePath("/checkout")
  redirect(stepHref("pengiriman"))
}

/** Step 2: one delivery option (courier or pickup) for each lapas in the cart. */
export async function saveDeliveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const cart = await openCart()
    if (!cart) return EMPTY_CART
    const groups = await getLapasShipping(cart.id)
    const chosen: Record<string, string | undefined> = {}
    const values: Record<string, string> = {}
    for (const group of groups) {
      const raw = formData.get(deliveryFieldName(group.lapas.id))
      if (typeof raw === "string" && raw) {
        chosen[group.lapas.id] = raw
        values[deliveryFieldName(group.lapas.id)] = raw
      }
    }
    const result = validateDelivery(groups, chosen)
    if (!result.ok) {
      const errors: FormState["errors"] = {}
      for (const [lapasId, key] of Object.entries(result.errors)) {
        if (lapasId === "_cart") return EMPTY_CART
        errors[deliveryFieldName(lapasId)] = key
      }
      return { errors, values }
    }
    await setLapasShipping(cart.id, result.value)
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/checkout")
  redirect(stepHref("pembayaran"))
}

/** Step 3: the payment method, as a payment session with that provider. */
export async function savePaymentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formData.get("provider_id")
  const choice = typeof raw === "string" ? raw : null
  const { providerId, channel } = parsePaymentChoice(choice)
  const ovoRaw = formData.get(OVO_FIELD)
  const ovoNumber = typeof ovoRaw === "string" ? ovoRaw.slice(0, 40) : ""
  const values = { provider_id: choice ?? "", [OVO_FIELD]: ovoNumber }
  try {
    const cart = await openCart()
    if (!cart) return EMPTY_CART
    if (!cart.region_id) return { messages: [{ key: "checkout.error.unavailable" }] }
    const methods = await listPaymentMethods(cart.region_id)
    const result = validatePaymentChoice(
      providerId,
      methods.map((m) => m.id)
    )
    if (!result.ok) return { errors: result.errors, values }
    if (result.value === XENDIT_PROVIDER) {
      const input = validateXenditChoice(channel, ovoNumber)
      if (!input.ok) return { errors: input.errors, values }
      // The same channel again, for the cart's current total: the code or number made for it stays.
      const current = activePayment(cart)
      const unchanged =
        current?.providerId === XENDIT_PROVIDER &&
        current.channel === input.value.channel &&
        input.value.channel !== "OVO" &&
        current.amount !== null &&
        typeof cart.total === "number" &&
        Math.abs(current.amount - cart.total) < 1
      if (!unchanged) await initiatePayment(cart, XENDIT_PROVIDER, input.value)
    } else {
      await initiatePayment(cart, result.value)
    }
  } catch (error) {
    return failure(error, values)
  }
  revalidatePath("/checkout")
  redirect(stepHref("tinjau"))
}

function problemsState(problems: CheckoutProblem[]): FormState {
  return {
    messages: problems.map((problem) => ({
      key: problem.key,
      href: problem.key === "checkout.error.emptyCart" ? "/keranjang" : stepHref(problem.step),
    })),
  }
}

/**
 * Turn the cart into an order. Refuses, without asking the backend, when the cart is empty or a
 * step is incomplete; a backend refusal is shown as is. On success the cart cookie is dropped
 * and the buyer lands on the order page.
 */
async function completeOrder(): Promise<FormState> {
  const cartId = await getCartId()
  if (!cartId) return EMPTY_CART
  let orderId: string
  try {
    const result = await placeOrder(cartId, await getAuthHeaders())
    if (!result.ok) {
      if (result.problems.length > 0) return problemsState(result.problems)
      if (result.status && result.status >= 400 && result.status < 500 && result.message) {
        return { serverMessage: result.message }
      }
      console.error("[storefront] completing the cart failed", result.status, result.message)
      return { messages: [{ key: "checkout.error.unavailable" }] }
    }
    orderId = result.order.id
  } catch (error) {
    return failure(error)
  }
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/pesanan/${encodeURIComponent(orderId)}?baru=1`)
}

/** "Buat pesanan" for bank transfer (the form on the review step). */
export async function placeOrderAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  return completeOrder()
}

/** Called by the Stripe form once Stripe has confirmed the card payment. */
export async function completeCardOrderAction(): Promise<FormState> {
  return completeOrder()
}
