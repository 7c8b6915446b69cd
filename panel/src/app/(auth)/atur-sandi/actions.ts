"use server"

import { redirect } from "next/navigation"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { resetPassword } from "@/lib/data/account"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"
import { readNewPassword } from "../password"

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(authMessages)
  const token = formText(formData, "token")
  const email = formText(formData, "email")
  if (!token || !email) return { error: t("error.linkInvalid") }
  const { password, fieldErrors } = readNewPassword(formData, t)
  if (fieldErrors) return { fieldErrors }
  try {
    await resetPassword(token, email, password)
  } catch (error) {
    return { error: await describeError(error, { 401: t("reset.expired"), 403: t("reset.expired") }) }
  }
  redirect("/masuk?sandi=baru")
}
