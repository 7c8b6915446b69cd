"use server"

import type { CreateLapasBody, LapasClass, LapasTimeZone, MemberRole, SharePolicyScope, UpdateLapasBody } from "@karya-binaan/contracts"
import { revalidatePath } from "next/cache"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { updateLapas } from "@/lib/data/lapas"
import { createSharePolicy, inviteMember, memberCommand, registerLapas, updateMember, type MemberCommand } from "@/lib/data/national"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"

const orNull = (value: string) => (value === "" ? null : value)
/** "25.000.000" or "25000000" → 25000000; "" → undefined. */
const rupiah = (value: string) => (value === "" ? undefined : Number(value.replace(/[.\s]/g, "")))

export async function inviteMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  const role = formText(formData, "role") as MemberRole
  const lapasId = formText(formData, "lapas_id")
  const email = formText(formData, "email")
  try {
    await inviteMember({
      name: formText(formData, "name"),
      email,
      role,
      ...(role !== "national" && lapasId ? { lapas_id: lapasId } : {}),
    })
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/nasional/anggota")
  return { success: t("members.invited", { email }) }
}

export async function memberCommandAction(id: string, command: MemberCommand, _state: FormState, _formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  try {
    await memberCommand(id, command)
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/nasional/anggota")
  const done = { deactivate: "members.deactivated", reactivate: "members.reactivated", invite: "members.resent" } as const
  return { success: t(done[command]) }
}

export async function changeMemberAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  const role = formText(formData, "role") as MemberRole
  const lapasId = formText(formData, "lapas_id")
  try {
    await updateMember(id, { role, lapas_id: role === "national" ? null : lapasId || undefined })
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/nasional/anggota")
  return { success: t("members.changed") }
}

export async function registerLapasAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  const body: CreateLapasBody = {
    handle: formText(formData, "handle"),
    name: formText(formData, "name"),
    lapas_class: formText(formData, "lapas_class") as LapasClass,
    city: formText(formData, "city"),
    province: formText(formData, "province"),
    time_zone: formText(formData, "time_zone") as LapasTimeZone,
    ...(formText(formData, "satker_code") ? { satker_code: formText(formData, "satker_code") } : {}),
    ...(rupiah(formText(formData, "pnbp_target_yearly")) !== undefined ? { pnbp_target_yearly: rupiah(formText(formData, "pnbp_target_yearly")) } : {}),
    ...bankFields(formData),
  }
  try {
    const { lapas } = await registerLapas(body)
    revalidatePath("/nasional/lapas")
    return { success: t("lapas.registered", { name: lapas.name }) }
  } catch (error) {
    return { error: await describeError(error) }
  }
}

function bankFields(formData: FormData) {
  const fields = ["bank_name", "bank_account_number", "bank_account_holder"] as const
  const values = fields.map((field) => formText(formData, field))
  if (values.every((value) => value === "")) return {}
  return Object.fromEntries(fields.map((field, i) => [field, orNull(values[i])]))
}

export async function updateLapasAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  const body: UpdateLapasBody = {
    name: formText(formData, "name"),
    lapas_class: formText(formData, "lapas_class") as LapasClass,
    city: formText(formData, "city"),
    province: formText(formData, "province"),
    time_zone: formText(formData, "time_zone") as LapasTimeZone,
    satker_code: orNull(formText(formData, "satker_code")),
    pnbp_target_yearly: rupiah(formText(formData, "pnbp_target_yearly")) ?? 0,
    is_active: formText(formData, "is_active") === "true",
    bank_name: orNull(formText(formData, "bank_name")),
    bank_account_number: orNull(formText(formData, "bank_account_number")),
    bank_account_holder: orNull(formText(formData, "bank_account_holder")),
    xendit_sub_account_id: orNull(formText(formData, "xendit_sub_account_id").toLowerCase()),
  }
  try {
    await updateLapas(id, body)
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath(`/nasional/lapas/${id}`)
  return { success: t("lapas.saved") }
}

export async function createSharePolicyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(nationalMessages)
  const scope = formText(formData, "scope") as SharePolicyScope
  const bp = (name: string) => Number(formText(formData, name).replace(/[.\s]/g, ""))
  const note = formText(formData, "note")
  try {
    await createSharePolicy({
      scope,
      ...(scope === "lapas" ? { lapas_id: formText(formData, "lapas_id") } : {}),
      ...(scope === "partner_agreement" ? { partner_agreement_id: formText(formData, "partner_agreement_id") } : {}),
      capital_bp: bp("capital_bp"),
      premi_bp: bp("premi_bp"),
      pnbp_bp: bp("pnbp_bp"),
      effective_from: formText(formData, "effective_from"),
      ...(note ? { note } : {}),
    })
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/nasional/kebijakan")
  return { success: t("policies.created") }
}
