"use server"

import type { PartnerActivity, PartnerKind } from "@karya-binaan/contracts"
import { revalidatePath } from "next/cache"
import { lapasMessages } from "@/i18n/lapas"
import { getT } from "@/i18n/server"
import { addAgreement, createPartner, deletePartner, updateLapas } from "@/lib/data/lapas"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"

const orNull = (value: string) => (value === "" ? null : value)

function agreementOf(formData: FormData) {
  return {
    number: formText(formData, "number"),
    starts_on: formText(formData, "starts_on"),
    ends_on: formText(formData, "ends_on"),
    activities: formData.getAll("activities").map(String) as PartnerActivity[],
  }
}

/** The public profile: what lapas staff may change (national members change the rest under /nasional/lapas). */
export async function updateProfileAction(lapasId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(lapasMessages)
  try {
    await updateLapas(lapasId, {
      story: orNull(formText(formData, "story")),
      address: orNull(formText(formData, "address")),
      contact_email: orNull(formText(formData, "contact_email")),
      contact_phone: orNull(formText(formData, "contact_phone")),
      logo_url: orNull(formText(formData, "logo_url")),
    })
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/lapas")
  return { success: t("edit.saved") }
}

export async function createPartnerAction(lapasId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(lapasMessages)
  const contact = formText(formData, "contact")
  try {
    await createPartner(lapasId, {
      name: formText(formData, "name"),
      kind: formText(formData, "kind") as PartnerKind,
      ...(contact ? { contact } : {}),
      agreement: agreementOf(formData),
    })
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/lapas")
  return { success: t("partners.saved") }
}

export async function addAgreementAction(lapasId: string, partnerId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(lapasMessages)
  try {
    await addAgreement(lapasId, partnerId, agreementOf(formData))
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/lapas")
  return { success: t("partners.agreementSaved") }
}

export async function deletePartnerAction(lapasId: string, partnerId: string, _state: FormState, _formData: FormData): Promise<FormState> {
  const t = await getT(lapasMessages)
  try {
    await deletePartner(lapasId, partnerId)
  } catch (error) {
    return { error: await describeError(error) }
  }
  revalidatePath("/lapas")
  return { success: t("partners.removed") }
}
