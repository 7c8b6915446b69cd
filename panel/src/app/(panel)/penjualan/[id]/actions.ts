"use server"

import { revalidatePath } from "next/cache"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getT } from "@/i18n/server"
import { settleDirectSaleStock, voidDirectSale } from "@/lib/data/direct-sales-admin"
import { formText, type FormState } from "@/lib/forms"
import { actionFailure } from "../riwayat/action-failure"

// One sale's forms. Each carries the sale's id in a hidden field; the backend checks that it is
// the member's lapas's (and that they are staff) before it changes anything.

function done(saleId: string) {
  revalidatePath(`/penjualan/${saleId}`)
  revalidatePath("/penjualan/riwayat")
}

export async function voidSaleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const saleId = formText(formData, "sale_id")
  const values = { reason: formText(formData, "reason") }
  if (values.reason.length < 5 || values.reason.length > 500) return { fieldErrors: { reason: t("void.reasonInvalid") }, values }
  try {
    await voidDirectSale(saleId, values.reason)
  } catch (error) {
    return actionFailure(error, ["reason"], values)
  }
  done(saleId)
  return { success: t("void.done") }
}

export async function settleStockAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(directSalesAdminMessages)
  const saleId = formText(formData, "sale_id")
  const values = { note: formText(formData, "note") }
  if (values.note.length < 5 || values.note.length > 500) return { fieldErrors: { note: t("settle.noteInvalid") }, values }
  try {
    await settleDirectSaleStock(saleId, values.note)
  } catch (error) {
    return actionFailure(error, ["note"], values)
  }
  done(saleId)
  return { success: t("settle.done") }
}
