"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { isClientError, toShopError } from "@/lib/data/customer"
import { lookupOrder, sendTransferNotice } from "@/lib/data/orders"
import type { FormState } from "@/modules/checkout/form-state"
import { validateLookup } from "./lookup"
import {
  checkTransferNotice,
  placeBackendMessage,
  proofProblem,
  readTransferNotice,
  type TransferNoticeState,
} from "./transfer-notice"

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

/**
 * "Saya sudah transfer" for one lapas's part: checked with the API's schema first (its messages
 * are Bahasa Indonesia), then sent as multipart with the optional proof photo. On success the
 * order page is rendered again, so the account shows the notice the backend recorded.
 */
export async function sendTransferNoticeAction(
  _previous: TransferNoticeState,
  formData: FormData
): Promise<TransferNoticeState> {
  const input = readTransferNotice(formData)
  const values = input.values
  if (!/^order_[A-Za-z0-9]{1,64}$/.test(input.orderId)) return { failure: "order_missing", values }
  const checked = checkTransferNotice(input)
  const proof = proofProblem(input.proof)
  if (!checked.ok || proof) {
    return {
      values,
      ...(checked.ok ? {} : { errors: checked.errors, ...(checked.message ? { message: checked.message } : {}) }),
      ...(proof ? { proof } : {}),
    }
  }
  try {
    await sendTransferNotice(input.orderId, checked.body, input.proof)
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404) return { failure: "order_missing", values }
    if (isClientError(failure)) return { ...placeBackendMessage(failure.message), values }
    console.error("[storefront] transfer notice failed", failure)
    return { failure: "unavailable", values }
  }
  revalidatePath(`/pesanan/${encodeURIComponent(input.orderId)}`)
  return { sent: { amount: checked.body.amount, transferred_on: checked.body.transferred_on } }
}
