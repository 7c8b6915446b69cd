"use server"

import { revalidatePath } from "next/cache"
import { MAX_LINE_QUANTITY, addToCart, removeLineItem, updateLineItem } from "@/lib/data/cart"
import { isClientError, toShopError } from "@/lib/data/customer"
import type { FormState } from "@/modules/checkout/form-state"

function parseQuantity(raw: FormDataEntryValue | null, { allowZero }: { allowZero: boolean }): number | null {
  if (typeof raw !== "string" || !/^\d{1,3}$/.test(raw.trim())) return null
  const quantity = Number(raw.trim())
  if (quantity > MAX_LINE_QUANTITY) return null
  if (quantity === 0 && !allowZero) return null
  return quantity
}

function text(raw: FormDataEntryValue | null): string | null {
  return typeof raw === "string" && raw.trim() && raw.length <= 200 ? raw.trim() : null
}

function failure(error: unknown, fallback: FormState["messages"]): FormState {
  const shopError = toShopError(error)
  if (isClientError(shopError) && shopError.status !== 404) return { serverMessage: shopError.message }
  if (!isClientError(shopError)) console.error("[storefront] cart action failed", shopError)
  return { messages: fallback }
}

/** Add one variant (quantity from the form, default 1) to the buyer's cart. */
export async function addToCartAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const variantId = text(formData.get("variant_id"))
  if (!variantId) return { messages: [{ key: "cart.error.chooseVariant" }] }
  const quantity = formData.has("quantity") ? parseQuantity(formData.get("quantity"), { allowZero: false }) : 1
  if (quantity === null) return { messages: [{ key: "cart.error.invalidQuantity", params: { max: MAX_LINE_QUANTITY } }] }
  try {
    await addToCart(variantId, quantity)
  } catch (error) {
    return failure(error, [{ key: "cart.error.add" }])
  }
  revalidatePath("/", "layout")
  return { done: "cart.added" }
}

/** Change a line's quantity (0 removes it). */
export async function updateLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const lineId = text(formData.get("line_id"))
  const quantity = parseQuantity(formData.get("quantity"), { allowZero: true })
  if (!lineId || quantity === null) {
    return { messages: [{ key: "cart.error.invalidQuantity", params: { max: MAX_LINE_QUANTITY } }] }
  }
  try {
    await updateLineItem(lineId, quantity)
  } catch (error) {
    return failure(error, [{ key: "cart.error.update" }])
  }
  revalidatePath("/", "layout")
  return {}
}

export async function removeLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const lineId = text(formData.get("line_id"))
  if (!lineId) return { messages: [{ key: "cart.error.update" }] }
  try {
    await removeLineItem(lineId)
  } catch (error) {
    return failure(error, [{ key: "cart.error.update" }])
  }
  revalidatePath("/", "layout")
  return {}
}
