"use client"

import Link from "next/link"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { authMessages } from "@/i18n/auth"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"

export function ForgotForm({ action }: { action: FormAction }) {
  const t = useT(authMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  if (state.success) {
    return (
      <>
        <Notice tone="success" testId="form-success">
          {state.success}
        </Notice>
        <p className="form__aside">
          <Link href="/masuk">{t("forgot.back")}</Link>
        </p>
      </>
    )
  }
  return (
    <form action={formAction} className="form" noValidate>
      <Field
        label={t("field.email")}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("forgot.submitting")}>{t("forgot.submit")}</SubmitButton>
      <p className="form__aside">
        <Link href="/masuk">{t("forgot.back")}</Link>
      </p>
    </form>
  )
}
