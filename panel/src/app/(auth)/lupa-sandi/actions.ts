"use server"

import { authMessages } from "@/i18n/auth"
import { getT } from "@/i18n/server"
import { requestPasswordReset } from "@/lib/data/account"
import { describeError } from "@/lib/form-errors"
import { formText, isEmail, type FormState } from "@/lib/forms"

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(authMessages)
  const email = formText(formData, "email").toLowerCase()
  if (!isEmail(email)) return { fieldErrors: { email: t("error.emailInvalid") }, values: { email } }
  try {
    await requestPasswordReset(email)
  } catch (error) {
    return { error: await describeError(error, { 429: t("forgot.tooMany") }), values: { email } }
  }
  // The same answer whether or not the address has an account: nobody learns who is a member.
  return { success: t("forgot.sent", { email }) }
}
