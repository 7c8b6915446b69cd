"use client"

import { Field } from "@/components/field"
import { authMessages } from "@/i18n/auth"
import { useT } from "@/i18n/client"
import { MIN_PASSWORD_LENGTH, type FormState } from "@/lib/forms"

/** "Kata sandi baru" and "Ulangi kata sandi", shared by the reset and invitation forms. */
export function NewPasswordFields({ state }: { state: FormState }) {
  const t = useT(authMessages)
  return (
    <>
      <Field
        label={t("field.newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("field.passwordHint")}
        error={state.fieldErrors?.password}
      />
      <Field
        label={t("field.confirmPassword")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
    </>
  )
}
