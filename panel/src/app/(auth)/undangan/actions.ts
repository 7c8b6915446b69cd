"use server"

import { redirect } from "next/navigation"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { acceptInvite } from "@/lib/data/account"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"
import { readNewPassword } from "../password"

export async function acceptInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(authMessages)
  const token = formText(formData, "token")
  const name = formText(formData, "name")
  if (!token) return { error: t("error.linkInvalid") }
  const { password, fieldErrors } = readNewPassword(formData, t)
  if (fieldErrors) return { fieldErrors, values: { name } }
  let email: string
  try {
    ;({ email } = await acceptInvite({ token, password, name: name || undefined }))
  } catch (error) {
    return {
      error: await describeError(error, { 400: t("invite.invalid"), 401: t("invite.invalid"), 404: t("invite.invalid"), 410: t("invite.invalid") }),
      values: { name },
    }
  }
  redirect(`/masuk?undangan=${encodeURIComponent(email)}`)
}
