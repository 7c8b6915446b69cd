"use server"

import { revalidatePath } from "next/cache"
import { getT } from "@/i18n/server"
import { productionMessages } from "@/i18n/production"
import { createBatch, createInmate, updateInmate } from "@/lib/data/production"
import { requireMember } from "@/lib/data/session"
import { describeError } from "@/lib/form-errors"
import type { FormState } from "@/lib/forms"
import { parseBatchForm, parseInmateForm, todayIn } from "./form-data"

function values(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]))
}

const INMATE_FIELDS = ["code", "display_name", "story", "status", "consent_public"]

export async function createInmateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(productionMessages)
  const parsed = parseInmateForm(formData, "create")
  if (!parsed.ok) {
    return {
      fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(v)])),
      values: values(formData, INMATE_FIELDS),
    }
  }
  try {
    const inmate = await createInmate(parsed.body)
    revalidatePath("/produksi")
    return { success: t("inmateForm.created", { code: inmate.code }) }
  } catch (error) {
    const message = await describeError(error)
    const duplicate = /already registered/i.test(message)
    return {
      ...(duplicate ? { fieldErrors: { code: t("inmateForm.duplicate") } } : { error: message }),
      values: values(formData, INMATE_FIELDS),
    }
  }
}

export async function updateInmateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(productionMessages)
  const id = String(formData.get("id") ?? "")
  const parsed = parseInmateForm(formData, "edit")
  if (!parsed.ok) {
    return {
      fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(v)])),
      values: values(formData, INMATE_FIELDS),
    }
  }
  try {
    const inmate = await updateInmate(id, parsed.body)
    revalidatePath("/produksi")
    revalidatePath(`/produksi/wbp/${id}`)
    return { success: t("inmateForm.saved", { code: inmate.code }) }
  } catch (error) {
    return { error: await describeError(error), values: values(formData, INMATE_FIELDS) }
  }
}

export async function createBatchAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(productionMessages)
  const member = await requireMember()
  const parsed = parseBatchForm(formData, todayIn(member.lapas?.time_zone ?? "Asia/Jakarta", new Date(Date.now())))
  const kept = values(formData, ["variant_id", "quantity", "unit_cost", "material_cost", "labour_cost", "produced_on", "notes"])
  if (!parsed.ok) {
    return { fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(v)])), values: kept }
  }
  try {
    const { production_batch, variant_cost } = await createBatch(parsed.body)
    revalidatePath("/produksi")
    const label = String(formData.get("variant_label") ?? "") || production_batch.variant_id
    if (production_batch.is_service) {
      return { success: t("batchForm.recordedService", { quantity: production_batch.quantity, variant: label }) }
    }
    return {
      success: t("batchForm.recorded", {
        quantity: production_batch.quantity,
        variant: label,
        stock: variant_cost.stocked_quantity,
      }),
    }
  } catch (error) {
    return { error: await describeError(error, { 404: t("batchForm.notFound") }), values: kept }
  }
}
