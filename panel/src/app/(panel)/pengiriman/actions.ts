"use server"

import type { CourierService } from "@karya-binaan/contracts"
import { revalidatePath } from "next/cache"
import { getT } from "@/i18n/server"
import { shippingMessages } from "@/i18n/shipping"
import { addCourier, deleteCourier, updateCourier } from "@/lib/data/shipping"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"
import { readRates } from "./form-values"

async function known() {
  const t = await getT(shippingMessages)
  return { t, statuses: { 403: t("error.forbidden"), 404: t("error.notFound") } }
}

/** Adds a courier service ("jne:express"); national members send the lapas too. */
export async function addCourierAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t, statuses } = await known()
  const [courier, service] = formText(formData, "service").split(":")
  if (!courier || !service) return { error: t("add.choose"), fieldErrors: { service: t("add.choose") } }
  const lapasId = formText(formData, "lapas_id") || undefined
  try {
    const added = await addCourier({ courier, service: service as CourierService, lapas_id: lapasId })
    revalidatePath("/pengiriman")
    return { success: t("add.done", { name: added.name }) }
  } catch (error) {
    return { error: await describeError(error, statuses) }
  }
}

/** Switches a courier service on or off (`enabled` = "true" | "false"). */
export async function toggleCourierAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t, statuses } = await known()
  const enabled = formText(formData, "enabled") === "true"
  try {
    const courier = await updateCourier(formText(formData, "id"), { enabled })
    revalidatePath("/pengiriman")
    return { success: t(enabled ? "toggle.doneOn" : "toggle.doneOff", { name: courier.name }) }
  } catch (error) {
    return { error: await describeError(error, statuses) }
  }
}

/** Deletes a courier service (the backend switches it off instead when orders used it). */
export async function deleteCourierAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t, statuses } = await known()
  const name = formText(formData, "name")
  try {
    const outcome = await deleteCourier(formText(formData, "id"))
    revalidatePath("/pengiriman")
    return { success: t(outcome.deleted ? "delete.done" : "delete.disabled", { name }) }
  } catch (error) {
    return { error: await describeError(error, statuses) }
  }
}

/** Saves the whole rate table of a courier service (the backend refuses it whole, listing every problem). */
export async function saveRatesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t, statuses } = await known()
  const { rates, invalid } = readRates(formData)
  if (invalid.length) {
    return {
      error: t("editor.invalid"),
      fieldErrors: Object.fromEntries(invalid.map((zone) => [`rate:${zone}`, t("editor.rowInvalid")])),
    }
  }
  if (!rates.length) return { error: t("editor.empty") }
  const id = formText(formData, "id")
  try {
    await updateCourier(id, { rates })
    revalidatePath("/pengiriman")
    revalidatePath(`/pengiriman/${id}`)
    return { success: t("editor.saved", { count: rates.length }) }
  } catch (error) {
    return { error: await describeError(error, statuses) }
  }
}
