"use server"

import { formatRupiah } from "@karya-binaan/format"
import { revalidatePath } from "next/cache"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getT } from "@/i18n/server"
import { closeCash, getCashClosingPreview } from "@/lib/data/direct-sales-admin"
import { formText, type FormState } from "@/lib/forms"
import { actionFailure } from "../riwayat/action-failure"
import { checkCloseForm, describeDifference } from "./closing-rules"

const FIELDS = ["venue_id", "business_date", "opening_float", "counted_cash", "reason"] as const

/**
 * Closes the staff member's till for a venue and day. The day's takings are read again here (not
 * taken from the form), so the difference and the reason it needs are checked against what the
 * API will compare; the API checks it once more and refuses a second closing (409).
 */
export async function closeCashAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const values = Object.fromEntries(FIELDS.map((name) => [name, formText(formData, name)])) as Record<(typeof FIELDS)[number], string>
  let byMethod
  try {
    byMethod = (await getCashClosingPreview({ venueId: values.venue_id, day: values.business_date })).by_method
  } catch (error) {
    return actionFailure(error, [], values)
  }
  const checked = checkCloseForm(values, byMethod)
  if (!checked.ok) {
    return {
      fieldErrors: Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, t(key)])),
      values,
    }
  }
  try {
    await closeCash(checked.value)
  } catch (error) {
    return actionFailure(error, FIELDS, values)
  }
  revalidatePath("/penjualan/tutup-kas")
  const { kind, amount } = describeDifference(checked.difference)
  return { success: t("closing.done", { difference: t(`closing.${kind}`, { amount: formatRupiah(amount) }) }) }
}
