"use server"

import type { VenueStockRow } from "@karya-binaan/contracts"
import { revalidatePath } from "next/cache"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getT } from "@/i18n/server"
import { closeVenue, createEventVenue, moveVenueStock, removeQris, updateVenue, uploadQris } from "@/lib/data/direct-sales-admin"
import { formText, type FormState } from "@/lib/forms"
import { actionFailure } from "../riwayat/action-failure"
import { checkEventEdit, checkEventForm, checkMoveForm } from "./event-rules"

// The events page's forms: register and edit an event, move stock, close it, the QRIS image.
// Ids travel in hidden fields; the backend checks they are the member's lapas's.

const QRIS_TYPES = ["image/png", "image/jpeg", "image/webp"]
const QRIS_MAX_BYTES = 5 * 1024 * 1024

async function translate(errors: Record<string, string>) {
  const t = await getT(directSalesAdminMessages)
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key as never)]))
}

function eventValues(formData: FormData) {
  return {
    name: formText(formData, "name"),
    place: formText(formData, "place"),
    starts_on: formText(formData, "starts_on"),
    ends_on: formText(formData, "ends_on"),
    max_discount: formText(formData, "max_discount"),
  }
}

function refresh(venueId?: string) {
  revalidatePath("/penjualan/acara")
  if (venueId) revalidatePath(`/penjualan/acara/${venueId}`)
}

export async function createEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const values = eventValues(formData)
  const checked = checkEventForm(values)
  if (!checked.ok) return { fieldErrors: await translate(checked.errors), values }
  try {
    await createEventVenue(checked.value)
  } catch (error) {
    const failed = await actionFailure(error, ["name", "place", "starts_on", "ends_on", "max_discount_bp"], values)
    if (failed.fieldErrors?.max_discount_bp) failed.fieldErrors = { max_discount: failed.fieldErrors.max_discount_bp }
    return failed
  }
  refresh()
  return { success: t("event.created", { name: checked.value.name }) }
}

export async function updateEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const venueId = formText(formData, "venue_id")
  const values = eventValues(formData)
  const checked = checkEventEdit(values)
  if (!checked.ok) return { fieldErrors: await translate(checked.errors), values }
  try {
    await updateVenue(venueId, checked.value)
  } catch (error) {
    const failed = await actionFailure(error, ["name", "place", "max_discount_bp"], values)
    if (failed.fieldErrors?.max_discount_bp) failed.fieldErrors = { max_discount: failed.fieldErrors.max_discount_bp }
    return failed
  }
  refresh(venueId)
  return { success: t("event.saved"), values }
}

export async function moveStockAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const venueId = formText(formData, "venue_id")
  const direction = formText(formData, "direction")
  const values: Record<string, string> = { direction }
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("qty:") && typeof value === "string" && value.trim()) values[name] = value.trim()
  }
  const checked = checkMoveForm(formData.entries(), direction)
  if (!checked.ok) {
    const fieldErrors = await translate(checked.errors)
    return { fieldErrors, error: fieldErrors.lines, values }
  }
  try {
    await moveVenueStock(venueId, checked.value)
  } catch (error) {
    return actionFailure(error, [], values)
  }
  refresh(venueId)
  return { success: t("move.done", { count: checked.value.lines.length }) }
}

/** What a closed event sent back, shown under the form. */
export type CloseEventState = FormState & { returned?: Pick<VenueStockRow, "variant_id" | "title" | "variant_title" | "quantity">[] }

export async function closeEventAction(_state: CloseEventState, formData: FormData): Promise<CloseEventState> {
  const t = await getT(directSalesAdminMessages)
  const venueId = formText(formData, "venue_id")
  if (formData.get("confirm") !== "yes") return { fieldErrors: { confirm: t("close.mustConfirm") } }
  let returned: VenueStockRow[]
  try {
    returned = (await closeVenue(venueId)).returned
  } catch (error) {
    return actionFailure(error, [])
  }
  refresh(venueId)
  return {
    success: t("close.done"),
    returned: returned.map((r) => ({ variant_id: r.variant_id, title: r.title, variant_title: r.variant_title, quantity: r.quantity })),
  }
}

export async function uploadQrisAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const lapasId = formText(formData, "lapas_id")
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0 || file.size > QRIS_MAX_BYTES || !QRIS_TYPES.includes(file.type)) {
    return { fieldErrors: { file: t("qris.fileInvalid") } }
  }
  try {
    await uploadQris(lapasId, file)
  } catch (error) {
    return actionFailure(error, ["file"])
  }
  refresh()
  return { success: t("qris.uploaded") }
}

export async function removeQrisAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  try {
    await removeQris(formText(formData, "lapas_id"))
  } catch (error) {
    return actionFailure(error, [])
  }
  refresh()
  return { success: t("qris.removed") }
}
