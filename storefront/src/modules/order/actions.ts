"use server"

import { redirect } from "next/navigation"
import { isClientError, toShopError } from "@/lib/data/customer"
import { lookupOrder } from "@/lib/data/orders"
import type { FormState } from "@/modules/checkout/form-state"
import { validateLookup } from "./lookup"

/**
 * Guest lookup by order number and email. A match opens the order page; a wrong number and a wrong
 * email get the same "not found" answer, so the form tells nothing about which orders exist.
 */
export async function lookupOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = (key: string) => {
    const value = formData.get(key)
    return typeof value === "string" ? value.slice(0, 300) : ""
  }
  const values = { number: raw("number"), email: raw("email") }
  const result = validateLookup(values)
  if (!result.ok) return { errors: result.errors, values }
  let orderId: string
  try {
    const order = await lookupOrder(result.value.displayId, result.value.email)
    if (!order) return { messages: [{ key: "lookup.notFound" }], values }
    orderId = order.id
  } catch (error) {
    const failure = toShopError(error)
    if (isClientError(failure)) return { serverMessage: failure.message, values }
    console.error("[storefront] order lookup failed", failure)
    return { messages: [{ key: "checkout.error.unavailable" }], values }
  }
  redirect(`/pesanan/${encodeURIComponent(orderId)}`)
}
