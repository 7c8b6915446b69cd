"use server"

import { redirect } from "next/navigation"
import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { login } from "@/lib/data/session"
import { describeError } from "@/lib/form-errors"
import { formSecret, formText, isEmail, type FormState } from "@/lib/forms"
import { safeNextPath } from "@/lib/navigation"

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(authMessages)
  const email = formText(formData, "email").toLowerCase()
  const password = formSecret(formData, "password")
  const values = { email }
  if (!isEmail(email)) return { fieldErrors: { email: t("error.emailInvalid") }, values }
  if (!password) return { fieldErrors: { password: t("login.wrongCredentials") }, values }
  try {
    await login(email, password)
  } catch (error) {
    // Medusa answers 401 for an unknown e-mail and a wrong password alike; 429 after too many failures.
    return {
      error: await describeError(error, {
        401: t("login.wrongCredentials"),
        400: t("login.wrongCredentials"),
        429: t("login.tooManyAttempts"),
      }),
      values,
    }
  }
  redirect(safeNextPath(formData.get("next")))
}
