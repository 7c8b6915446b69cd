"use server"

import { formatRupiah } from "@karya-binaan/format"
import { revalidatePath } from "next/cache"
import { cancelOrder, confirmTransfer, markReceived, packOrder, shipPackage } from "@/lib/data/orders"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"
import { getT } from "@/i18n/server"
import { ordersMessages } from "@/i18n/orders"
import { checkCancelForm, checkShipForm, checkTransferForm } from "./order-rules"

// The order screen's forms. Each carries the order (and the package or lapas) in hidden fields;
// the backend checks that they are the member's before it does anything.


async function messages() {
  return getT(ordersMessages)
}

async function failure(error: unknown) {
  const t = await messages()
  return { error: await describeError(error, { 403: t("error.forbidden"), 404: t("error.notFound") }) }
}

function done(orderId: string) {
  revalidatePath(`/pesanan/${orderId}`)
  revalidatePath("/pesanan")
}

export async function confirmTransferAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await messages()
  const orderId = formText(formData, "order_id")
  const expected = Number(formText(formData, "expected"))
  const proof = formData.get("proof")
  const checked = checkTransferForm(
    {
      amount: formText(formData, "amount"),
      day: formText(formData, "transferred_on"),
      proof: proof instanceof File ? proof : null,
    },
    expected
  )
  const values = { amount: formText(formData, "amount"), transferred_on: formText(formData, "transferred_on") }
  if (!checked.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(checked.errors).map(([field, key]) => [field, t(key as never, { amount: formatRupiah(expected) })])
    )
    return { fieldErrors, values }
  }
  try {
    await confirmTransfer(orderId, {
      amount: checked.value.amount,
      transferredOn: checked.value.day,
      proof: checked.value.proof,
      lapasId: formText(formData, "lapas_id") || undefined,
    })
  } catch (error) {
    return { ...(await failure(error)), values }
  }
  done(orderId)
  return { success: t("confirm.done") }
}

export async function packAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await messages()
  const orderId = formText(formData, "order_id")
  try {
    await packOrder(orderId, formText(formData, "lapas_id") || undefined)
  } catch (error) {
    return failure(error)
  }
  done(orderId)
  return { success: t("pack.done") }
}

export async function shipAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await messages()
  const orderId = formText(formData, "order_id")
  const values = { courier: formText(formData, "courier"), resi: formText(formData, "resi") }
  const checked = checkShipForm(values)
  if (!checked.ok) {
    return { fieldErrors: Object.fromEntries(Object.entries(checked.errors).map(([f, key]) => [f, t(key as never)])), values }
  }
  try {
    await shipPackage(orderId, formText(formData, "fulfillment_id"), checked.value)
  } catch (error) {
    return { ...(await failure(error)), values }
  }
  done(orderId)
  return { success: t("ship.done") }
}

export async function receivedAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await messages()
  const orderId = formText(formData, "order_id")
  try {
    await markReceived(orderId, formText(formData, "fulfillment_id"))
  } catch (error) {
    return failure(error)
  }
  done(orderId)
  return { success: t("received.done") }
}

export async function cancelAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await messages()
  const orderId = formText(formData, "order_id")
  const values = { reason: formText(formData, "reason") }
  const checked = checkCancelForm(values)
  if (!checked.ok) return { fieldErrors: { reason: t("cancel.reasonInvalid") }, values }
  try {
    await cancelOrder(orderId, checked.value.reason)
  } catch (error) {
    return { ...(await failure(error)), values }
  }
  done(orderId)
  return { success: t("cancel.done") }
}
