import "server-only"
import { authMessages } from "@/i18n/auth"
import type { Translator, KeyOf } from "@/i18n/define"
import { formSecret, MIN_PASSWORD_LENGTH } from "@/lib/forms"

/** The new password of a form with `password` and `confirm`, or the field errors to show. */
export function readNewPassword(
  formData: FormData,
  t: Translator<KeyOf<typeof authMessages>>
): { password: string; fieldErrors?: Record<string, string> } {
  const password = formSecret(formData, "password")
  const confirm = formSecret(formData, "confirm")
  if (password.length < MIN_PASSWORD_LENGTH) return { password, fieldErrors: { password: t("error.passwordShort") } }
  if (password !== confirm) return { password, fieldErrors: { confirm: t("error.passwordMismatch") } }
  return { password }
}
