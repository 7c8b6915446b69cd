"use server"

import { revalidatePath } from "next/cache"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import { updateStock } from "@/lib/data/catalog"
import { describeError } from "@/lib/form-errors"
import type { FormState } from "@/lib/forms"
import { readStockLevels } from "../katalog/form-values"

/** Saves the changed rows of the stock table in one bulk edit (all or nothing). */
export async function saveStockAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(catalogMessages)
  const { levels, invalid } = readStockLevels(formData)
  if (invalid.length) {
    return { error: t("error.stock"), fieldErrors: Object.fromEntries(invalid.map((id) => [`stock:${id}`, t("error.stock")])) }
  }
  if (!levels.length) return { success: t("stock.nothingChanged") }
  try {
    await updateStock(levels)
  } catch (error) {
    return { error: await describeError(error, { 403: t("error.forbidden"), 404: t("error.notFound") }) }
  }
  revalidatePath("/stok")
  revalidatePath("/katalog")
  return { success: t("stock.saved", { count: levels.length }) }
}
